// Typed reads of a config.json object. Every failure names the key (with its path, e.g.
// "text_config.num_hidden_layers"); every absent key filled from a transformers default says so
// in a warning that cites the config class.

export class ConfigError extends Error {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Defaults of one transformers config class: where they come from, and the values. */
export interface ClassDefaults {
  source: string;
  values: Record<string, number | boolean | string | null>;
}

export class ConfigReader {
  constructor(
    readonly obj: JsonObject,
    /** Key prefix for messages: "" or "text_config.". */
    readonly path: string,
    readonly defaults: ClassDefaults | null,
    readonly warnings: string[],
  ) {}

  key(k: string): string {
    return this.path + k;
  }

  /** Present and not null. */
  has(k: string): boolean {
    return this.obj[k] !== undefined && this.obj[k] !== null;
  }

  raw(k: string): unknown {
    return this.obj[k];
  }

  private fallback(k: string, what: string): unknown {
    const d = this.defaults;
    if (d && Object.prototype.hasOwnProperty.call(d.values, k)) {
      const v = d.values[k];
      this.warnings.push(`${this.key(k)} absent: ${v === null ? 'null' : String(v)} from ${d.source}`);
      return v;
    }
    throw new ConfigError(this.key(k), `${this.key(k)} is required (${what}) and has no transformers default for this model type`);
  }

  private value(k: string, what: string): unknown {
    return this.has(k) ? this.obj[k] : this.fallback(k, what);
  }

  int(k: string, what = 'a whole number'): number {
    const v = this.value(k, what);
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) {
      throw new ConfigError(this.key(k), `${this.key(k)} must be a whole number ≥ 1 (got ${JSON.stringify(v)})`);
    }
    return v;
  }

  /** A whole number ≥ 0 (counts that may be zero, e.g. shared experts). */
  count(k: string, what = 'a count'): number {
    const v = this.value(k, what);
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
      throw new ConfigError(this.key(k), `${this.key(k)} must be a whole number ≥ 0 (got ${JSON.stringify(v)})`);
    }
    return v;
  }

  /** The value when present, else the default when the class has one, else null (no warning). */
  optInt(k: string): number | null {
    if (!this.has(k)) {
      const d = this.defaults;
      if (d && Object.prototype.hasOwnProperty.call(d.values, k)) {
        const v = d.values[k];
        if (v === null) return null;
        this.warnings.push(`${this.key(k)} absent: ${String(v)} from ${d.source}`);
        if (typeof v === 'number') return v;
      }
      return null;
    }
    return this.int(k);
  }

  /** A count when present, else the class default when it is a number, else null. */
  optCount(k: string): number | null {
    if (this.has(k)) return this.count(k);
    const d = this.defaults?.values[k];
    return typeof d === 'number' ? this.count(k) : null;
  }

  bool(k: string, what = 'true or false'): boolean {
    const v = this.value(k, what);
    if (typeof v !== 'boolean') throw new ConfigError(this.key(k), `${this.key(k)} must be true or false (got ${JSON.stringify(v)})`);
    return v;
  }

  optBool(k: string): boolean | null {
    if (!this.has(k)) {
      const d = this.defaults;
      if (d && Object.prototype.hasOwnProperty.call(d.values, k) && typeof d.values[k] === 'boolean') {
        this.warnings.push(`${this.key(k)} absent: ${String(d.values[k])} from ${d.source}`);
        return d.values[k] as boolean;
      }
      return null;
    }
    return this.bool(k);
  }

  num(k: string, what = 'a number'): number {
    const v = this.value(k, what);
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new ConfigError(this.key(k), `${this.key(k)} must be a number (got ${JSON.stringify(v)})`);
    return v;
  }

  optString(k: string): string | null {
    if (!this.has(k)) return null;
    const v = this.obj[k];
    if (typeof v !== 'string') throw new ConfigError(this.key(k), `${this.key(k)} must be a string (got ${JSON.stringify(v)})`);
    return v;
  }

  optObject(k: string): JsonObject | null {
    if (!this.has(k)) return null;
    const v = this.obj[k];
    if (!isObject(v)) throw new ConfigError(this.key(k), `${this.key(k)} must be an object`);
    return v;
  }

  /** An array of strings (layer_types), or null when absent. */
  optStrings(k: string): string[] | null {
    if (!this.has(k)) return null;
    const v = this.obj[k];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
      throw new ConfigError(this.key(k), `${this.key(k)} must be a list of strings`);
    }
    return v as string[];
  }

  /** An array of whole numbers ≥ 0, or null when absent. */
  optInts(k: string): number[] | null {
    if (!this.has(k)) return null;
    const v = this.obj[k];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0)) {
      throw new ConfigError(this.key(k), `${this.key(k)} must be a list of whole numbers`);
    }
    return v as number[];
  }

  /** A nested object read with its own defaults (text_config, vision_config). */
  child(k: string, defaults: ClassDefaults | null): ConfigReader | null {
    const o = this.optObject(k);
    return o ? new ConfigReader(o, `${this.path}${k}.`, defaults, this.warnings) : null;
  }
}
