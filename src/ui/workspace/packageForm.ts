import { checkName } from '../../core/workspace/packageOps';
import {
  checkTechnicalName,
  deriveTechnicalName,
  uniqueTechnicalName,
} from '../../core/workspace/technicalName';
import {
  DEFAULT_PACKAGE_VERSION,
  type Package,
  type PackageInput,
} from '../../core/workspace/package';

/** The package dialog's form state; `technicalTouched` stops live derivation once edited. */
export interface PackageFormValues {
  name: string;
  technicalName: string;
  shortDescription: string;
  description: string;
  version: string;
  vendor: string;
  technicalTouched: boolean;
}

export function emptyPackageForm(): PackageFormValues {
  return {
    name: '',
    technicalName: '',
    shortDescription: '',
    description: '',
    version: DEFAULT_PACKAGE_VERSION,
    vendor: '',
    technicalTouched: false,
  };
}

export function packageFormFrom(p: Package): PackageFormValues {
  const { name, technicalName, shortDescription, description, version, vendor } = p;
  return {
    name,
    technicalName,
    shortDescription,
    description,
    version,
    vendor,
    technicalTouched: true,
  };
}

/** New name typed: the technical name follows it (made unique) until the user edits it. */
export function withName(
  v: PackageFormValues,
  name: string,
  taken: readonly string[],
): PackageFormValues {
  if (v.technicalTouched) return { ...v, name };
  const technicalName = name.trim() ? uniqueTechnicalName(deriveTechnicalName(name), taken) : '';
  return { ...v, name, technicalName };
}

export interface PackageFormErrors {
  name?: string;
  technicalName?: string;
}

export function validatePackageForm(
  v: PackageFormValues,
  taken: readonly string[],
): PackageFormErrors {
  const errors: PackageFormErrors = {};
  const name = checkName(v.name);
  if (name) errors.name = name;
  const tn = checkTechnicalName(v.technicalName, taken);
  if (tn) errors.technicalName = tn;
  return errors;
}

export function toPackageInput(v: PackageFormValues): PackageInput {
  return {
    name: v.name.trim(),
    technicalName: v.technicalName,
    shortDescription: v.shortDescription,
    description: v.description,
    version: v.version.trim() || DEFAULT_PACKAGE_VERSION,
    vendor: v.vendor,
  };
}
