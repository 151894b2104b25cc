// Plain data shared by the pipeline's stages: what was read, and what the graph stages return.

/** `name/Arity` of an imported type, inst, mode, predicate, function or typeclass. */
export interface NameArity {
  name: string;
  arity: number;
}

export const ENTITY_KINDS = ['types', 'insts', 'modes', 'preds', 'funcs', 'typeclasses'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Entities imported from one module, by kind; a kind absent from the file is an empty list. */
export type ImportedEntities = Record<EntityKind, NameArity[]>;

/** One `module_imports_from(Other, [...])` entry. */
export interface ImportedFrom {
  /** Fully qualified module name with `.` as the qualifier, e.g. `transform_hlds.lambda`. */
  module: string;
  entities: ImportedEntities;
  /** 1-based line of the entry in its file, so a `file://` link can point near it. */
  line: number;
}

/** The decoded content of one `.import_info` file (or of one scanned `.m` file). */
export interface ModuleImports {
  module: string;
  /** The path the module was read from, as given (after glob expansion). */
  file: string;
  imports: ImportedFrom[];
  /** A cost given with the module (a JSON graph's `cost`): used when no --weights is given. */
  cost?: number;
}
