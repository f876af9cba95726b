/**
 * Which AWS SDK v3 commands a TypeScript source sends, found by reading its imports (TypeScript's
 * own parser): named and aliased imports, namespace imports, and dynamic `await import(...)` or
 * `await sdk.x()` (src/aws/sdk.ts's loaders) with destructuring or a namespace. A `*Command` class, a `paginateX` or a `waitUntilX` taken from an
 * `@aws-sdk/client-*` package counts as sent (a command imported is a command used); type-only
 * imports do not count. Each is mapped to the IAM action it needs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface SdkCall {
  /** e.g. '@aws-sdk/client-lambda' */
  readonly pkg: string;
  /** e.g. 'InvokeCommand', 'paginateListStackResources', 'waitUntilStackCreateComplete' */
  readonly symbol: string;
  readonly file: string;
}

const CLIENT = /^@aws-sdk\/client-([a-z0-9-]+)$/;
const SENDS = /(Command$|^paginate[A-Z]|^waitUntil[A-Z])/;

/** IAM service prefix of each client package, where it differs from the package suffix. */
const SERVICE_PREFIX: Readonly<Record<string, string>> = {
  'cloudwatch-logs': 'logs',
  'auto-scaling': 'autoscaling',
  eventbridge: 'events',
  'secrets-manager': 'secretsmanager',
  'application-auto-scaling': 'application-autoscaling',
};

/** Operations whose IAM action is not named after them. null: no permission needed. */
const ACTION_OF_OPERATION: Readonly<Record<string, string | null>> = {
  'lambda:Invoke': 'lambda:InvokeFunction',
  'lambda:InvokeWithResponseStream': 'lambda:InvokeFunction',
  's3:ListObjectsV2': 's3:ListBucket',
  's3:ListObjects': 's3:ListBucket',
  's3:HeadObject': 's3:GetObject',
  's3:HeadBucket': 's3:ListBucket',
  's3:PutBucketEncryption': 's3:PutEncryptionConfiguration',
  's3:PutPublicAccessBlock': 's3:PutBucketPublicAccessBlock',
  'sts:GetCallerIdentity': null,
};

/** What each waiter polls. A waiter missing here fails the scan, so it is added on purpose. */
const WAITER_OPERATION: Readonly<Record<string, string>> = {
  'cloudformation:StackCreateComplete': 'DescribeStacks',
  'cloudformation:StackUpdateComplete': 'DescribeStacks',
  'cloudformation:StackDeleteComplete': 'DescribeStacks',
  'cloudformation:StackRollbackComplete': 'DescribeStacks',
  'cloudformation:StackImportComplete': 'DescribeStacks',
  'cloudformation:StackExists': 'DescribeStacks',
  'cloudformation:ChangeSetCreateComplete': 'DescribeChangeSet',
  'lambda:FunctionActive': 'GetFunctionConfiguration',
  'lambda:FunctionActiveV2': 'GetFunction',
  'lambda:FunctionExists': 'GetFunction',
  'lambda:FunctionUpdated': 'GetFunctionConfiguration',
  'lambda:FunctionUpdatedV2': 'GetFunction',
  'lambda:PublishedVersionActive': 'GetFunctionConfiguration',
  's3:ObjectExists': 'HeadObject',
  's3:BucketExists': 'HeadBucket',
};

export function serviceOf(pkg: string): string {
  const suffix = CLIENT.exec(pkg)?.[1];
  if (!suffix) throw new Error(`${pkg} is not an AWS SDK v3 client package`);
  return SERVICE_PREFIX[suffix] ?? suffix;
}

/** The IAM action a call needs, or null when it needs none. */
export function actionOf(call: SdkCall): string | null {
  const service = serviceOf(call.pkg);
  let operation: string;
  if (call.symbol.startsWith('paginate')) operation = call.symbol.slice('paginate'.length);
  else if (call.symbol.startsWith('waitUntil')) {
    const waiter = `${service}:${call.symbol.slice('waitUntil'.length)}`;
    const polled = WAITER_OPERATION[waiter];
    if (!polled)
      throw new Error(`Unknown waiter ${call.symbol} (${call.file}): add what it polls to WAITER_OPERATION.`);
    operation = polled;
  } else operation = call.symbol.replace(/Command$/, '');
  const action = `${service}:${operation}`;
  return action in ACTION_OF_OPERATION ? (ACTION_OF_OPERATION[action] as string | null) : action;
}

/** src/aws/sdk.ts's loaders: `lambda: () => import('@aws-sdk/client-lambda')` → lambda → the package. */
const LOADERS: ReadonlyMap<string, string> = new Map(
  [
    ...readFileSync(new URL('../../src/aws/sdk.ts', import.meta.url), 'utf8').matchAll(
      /^\s*(\w+): \(\) => import\('(@aws-sdk\/[^']+)'\)/gm,
    ),
  ].map((m) => [m[1] as string, m[2] as string]),
);

/** The package a call loads: `import('@aws-sdk/client-x')`, or a loader of src/aws/sdk.ts (`sdk.x()`). */
function loadedPackage(node: ts.CallExpression): string | undefined {
  const [argument] = node.arguments;
  if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    return argument && ts.isStringLiteral(argument) ? argument.text : undefined;
  }
  const callee = node.expression;
  if (
    ts.isPropertyAccessExpression(callee) &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === 'sdk'
  ) {
    return LOADERS.get(callee.name.text);
  }
  return undefined;
}

/** The SDK calls one source file makes. */
export function sdkCallsIn(text: string, file: string): SdkCall[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const calls: SdkCall[] = [];
  const namespaces = new Map<string, string>();
  const add = (pkg: string, symbol: string) => {
    if (CLIENT.test(pkg) && SENDS.test(symbol)) calls.push({ pkg, symbol, file });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const pkg = node.moduleSpecifier.text;
      const clause = node.importClause;
      if (clause && !clause.isTypeOnly && clause.namedBindings) {
        if (ts.isNamespaceImport(clause.namedBindings)) namespaces.set(clause.namedBindings.name.text, pkg);
        else {
          for (const element of clause.namedBindings.elements) {
            if (!element.isTypeOnly) add(pkg, (element.propertyName ?? element.name).text);
          }
        }
      }
    } else if (ts.isCallExpression(node) && loadedPackage(node) !== undefined) {
      const pkg = loadedPackage(node) as string;
      let parent = node.parent;
      while (parent && (ts.isAwaitExpression(parent) || ts.isParenthesizedExpression(parent)))
        parent = parent.parent;
      if (parent && ts.isVariableDeclaration(parent)) {
        if (ts.isObjectBindingPattern(parent.name)) {
          for (const element of parent.name.elements) {
            const name = element.propertyName ?? element.name;
            if (ts.isIdentifier(name)) add(pkg, name.text);
          }
        } else if (ts.isIdentifier(parent.name)) namespaces.set(parent.name.text, pkg);
      } else if (parent && ts.isPropertyAccessExpression(parent)) add(pkg, parent.name.text);
      else if (parent && ts.isArrayLiteralExpression(parent)) {
        // Promise.all([import('a'), import('b')]) destructured into names: resolved below.
        const index = parent.elements.indexOf(node as ts.Expression);
        let holder: ts.Node | undefined = parent.parent;
        while (holder && !ts.isVariableDeclaration(holder)) holder = holder.parent;
        if (holder && ts.isVariableDeclaration(holder) && ts.isArrayBindingPattern(holder.name)) {
          const element = holder.name.elements[index];
          if (element && ts.isBindingElement(element) && ts.isIdentifier(element.name))
            namespaces.set(element.name.text, pkg);
        }
      }
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const pkg = namespaces.get(node.expression.text);
      if (pkg) add(pkg, node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every SDK call under a directory, with file paths relative to `root`. */
export function sdkCallsUnder(dir: string, root: string): SdkCall[] {
  return tsFiles(dir).flatMap((path) => sdkCallsIn(readFileSync(path, 'utf8'), relative(root, path)));
}
