/**
 * The alias journal's persisted shapes, one zod schema each, the TypeScript types inferred from
 * them: what the main step saves (GITHUB_STATE, or memory for the CLI), what the post step
 * checks before it restores anything, and what a detached plan carries for the guard.
 */
import { z } from 'zod';

export const JOURNAL_FORMAT = 1;

/** A Lambda version as an alias may name it. */
export const VERSION_PATTERN = /^(\d+|\$LATEST)$/;
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** Where an alias sends traffic: the primary version, plus extra versions with their share (0..1). */
export const aliasTargetSchema = z
  .object({
    version: z.string().regex(VERSION_PATTERN),
    /** RoutingConfig.AdditionalVersionWeights; empty = all traffic on `version`. */
    weights: z.record(z.string().regex(/^\d+$/), z.number().min(0).max(1)).readonly(),
  })
  .readonly();
export type AliasTarget = z.infer<typeof aliasTargetSchema>;

export const changeKindSchema = z.enum(['repair', 'shift', 'promote', 'rollback', 'create', 'delete']);
export type ChangeKind = z.infer<typeof changeKindSchema>;

/** One alias change, journaled before it is made; null: no alias. */
export const aliasChangeSchema = z
  .object({
    kind: changeKindSchema,
    from: aliasTargetSchema.nullable(),
    to: aliasTargetSchema.nullable(),
    at: z.string().min(1),
  })
  .readonly();
export type AliasChange = z.infer<typeof aliasChangeSchema>;

export const aliasJournalSchema = z
  .object({
    functionName: z.string().min(1),
    alias: z.string().min(1),
    /** Where the alias returns to: its version before the run (routing cleared); null = it did not exist. */
    snapshot: aliasTargetSchema.nullable(),
    changes: z.array(aliasChangeSchema).readonly(),
  })
  .readonly();
export type AliasJournal = z.infer<typeof aliasJournalSchema>;

/** The journal's header: which run the alias entries belong to. */
export const journalHeaderSchema = z
  .object({
    format: z.literal(JOURNAL_FORMAT),
    region: z.string().regex(REGION_PATTERN),
    alias: z.string().min(1),
    stackName: z.string().optional(),
    startedAt: z.string(),
    /** Function names, in the order of their alias_<n> keys. */
    functions: z
      .array(z.string().min(1))
      .readonly()
      .refine((names) => new Set(names).size === names.length, 'function names repeat'),
  })
  .readonly();
export type JournalHeader = z.infer<typeof journalHeaderSchema>;

export const finishedRecordSchema = z.object({ verdict: z.string().min(1), at: z.string() }).readonly();
export type FinishedRecord = z.infer<typeof finishedRecordSchema>;

/** A release in waves: its regions, in order; each region's journal is kept under its own key prefix. */
export const releaseHeaderSchema = z
  .object({
    format: z.literal(JOURNAL_FORMAT),
    regions: z
      .array(z.string().regex(REGION_PATTERN))
      .readonly()
      .refine((names) => new Set(names).size === names.length, 'regions repeat'),
  })
  .readonly();
export type ReleaseHeader = z.infer<typeof releaseHeaderSchema>;
