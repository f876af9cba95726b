// The stack and monitoring parts of a run without a template: only the function list is used.
// Plain JavaScript so that traffic-child.mjs (a real process, no TypeScript) shares it with the tests.
const unused = () => {
  throw new Error('not used without a template');
};

/** functions: what resolveFunctions answers. */
export function templatelessParts(functions) {
  return {
    stack: {
      readTemplate: unused,
      analyzeTemplate: unused,
      assertAliasNotManaged: unused,
      snapshotStack: unused,
      deployStack: unused,
      executeChangeSet: unused,
      restoreStack: unused,
      resolveFunctions: async () => functions,
    },
    monitoring: { render: unused, readOutputs: unused },
  };
}
