/** An integration package, as in CPI's Design view: it groups flows and ships as one bundle. */
export interface Package {
  id: string;
  name: string;
  /** Unique, letters, digits, `_` and `.`; names the bundle file. */
  technicalName: string;
  shortDescription: string;
  description: string;
  version: string;
  vendor: string;
  /** ISO timestamps. */
  createdAt: string;
  modifiedAt: string;
}

/** What a package page lists about a flow without loading it. */
export interface FlowSummary {
  id: string;
  packageId: string;
  name: string;
  description: string;
  modifiedAt: string;
  /** HTTPS sender addresses (parameters resolved); absent in summaries of older saves. */
  addresses?: string[];
}

/** Editable package fields; everything but the name has a default. */
export interface PackageInput {
  name: string;
  technicalName?: string;
  shortDescription?: string;
  description?: string;
  version?: string;
  vendor?: string;
}

export const DEFAULT_PACKAGE_VERSION = '1.0.0';

/** A field-level problem of a package form. */
export interface FieldError {
  field: keyof PackageInput;
  message: string;
}
