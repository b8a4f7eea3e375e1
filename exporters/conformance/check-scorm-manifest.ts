import type { Element } from "@xmldom/xmldom";
import type { ConformanceFinding } from "./conformance-finding";
import { allElements, childElements, parseXml, textOf } from "./parse-xml";
import { KNOWN_ELEMENTS, NS } from "./scorm-namespaces";

export type ScormVersion = "scorm12" | "scorm2004";

export interface ScormManifestCheckOptions {
  /**
   * Paths of every file in the package (forward slashes, relative to the
   * manifest). When given, every file the manifest references must be there.
   */
  files?: ReadonlySet<string> | null;
  /** Demand one version; by default it is read from the manifest's namespace. */
  version?: ScormVersion;
}

export interface ScormManifestReport {
  version: ScormVersion | null;
  findings: ConformanceFinding[];
}

const REQUIRED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  manifest: ["identifier"],
  organization: ["identifier"],
  item: ["identifier"],
  resource: ["identifier", "type"],
  file: ["href"],
  dependency: ["identifierref"],
};

/**
 * The rules of a SCORM content package that its XSDs do not catch (or that a
 * schema-less importer would miss): see the conformance notes in the README.
 */
export function checkScormManifest(
  xml: string,
  options: ScormManifestCheckOptions = {},
): ScormManifestReport {
  const findings: ConformanceFinding[] = [];
  const error = (code: string, message: string) =>
    findings.push({ code, severity: "error", message });
  const warning = (code: string, message: string) =>
    findings.push({ code, severity: "warning", message });

  const parsed = parseXml(xml);
  if (!parsed.ok) {
    error("xml-malformed", `imsmanifest.xml is not well-formed XML: ${parsed.error}`);
    return { version: null, findings };
  }
  const root = parsed.doc.documentElement!;
  const version: ScormVersion | null =
    root.namespaceURI === NS.imscp12
      ? "scorm12"
      : root.namespaceURI === NS.imscp2004
        ? "scorm2004"
        : null;
  if (root.localName !== "manifest" || version === null) {
    error(
      "manifest-root",
      `the root element must be <manifest> in the IMS content packaging namespace, not <${root.tagName}> in ${root.namespaceURI ?? "no namespace"}`,
    );
    return { version, findings };
  }
  if (options.version && options.version !== version) {
    error("scorm-version", `expected a ${options.version} manifest, found ${version}`);
  }
  const cp = version === "scorm12" ? NS.imscp12 : NS.imscp2004;
  const adlcp = version === "scorm12" ? NS.adlcp12 : NS.adlcp13;
  const elements = allElements(root);

  // Element names: SCORM's names are case-sensitive, and 1.2 and 2004 spell some differently.
  for (const el of elements) {
    const known = KNOWN_ELEMENTS[el.namespaceURI ?? ""];
    if (!known) continue;
    const name = el.localName ?? "";
    if (known.includes(name)) continue;
    const sameLetters = known.find((k) => k.toLowerCase() === name.toLowerCase());
    if (sameLetters) {
      error(
        "element-name-case",
        `<${el.tagName}> must be spelled <${sameLetters}> (names are case-sensitive)`,
      );
    } else {
      error("unknown-element", `<${el.tagName}> is not an element of ${el.namespaceURI}`);
    }
  }

  // Required attributes.
  for (const el of elements) {
    if (el.namespaceURI !== cp) continue;
    for (const attr of REQUIRED_ATTRIBUTES[el.localName ?? ""] ?? []) {
      if (!el.getAttribute(attr)?.trim()) {
        error("missing-attribute", `<${el.tagName}> has no ${attr} attribute`);
      }
    }
  }

  // Unique identifiers (xs:ID across the whole manifest, sub-manifests included).
  const seen = new Set<string>();
  for (const el of elements) {
    const id = idAttr(el, "identifier");
    if (!id) continue;
    if (seen.has(id)) error("duplicate-identifier", `identifier "${id}" is used more than once`);
    seen.add(id);
  }

  // schema and schemaversion.
  const metadata = childElements(root, cp, "metadata")[0];
  const schema = textOf(metadata && childElements(metadata, cp, "schema")[0]);
  const schemaVersion = textOf(metadata && childElements(metadata, cp, "schemaversion")[0]);
  if (schema !== "ADL SCORM") {
    error("schema", `<metadata><schema> must be "ADL SCORM", found "${schema}"`);
  }
  if (version === "scorm12" && schemaVersion !== "1.2") {
    error(
      "schemaversion",
      `a SCORM 1.2 manifest declares <schemaversion>1.2</schemaversion>, found "${schemaVersion}"`,
    );
  }
  if (version === "scorm2004" && schemaVersion !== "2004 4th Edition") {
    if (schemaVersion === "2004 3rd Edition" || schemaVersion === "CAM 1.3") {
      warning("schemaversion", `"${schemaVersion}" is an older SCORM 2004 edition than 4th`);
    } else {
      error(
        "schemaversion",
        `a SCORM 2004 4th Edition manifest declares "2004 4th Edition", found "${schemaVersion}"`,
      );
    }
  }

  // Organizations: the default exists, each has a title.
  const organizationsEl = childElements(root, cp, "organizations")[0];
  if (!organizationsEl) error("organizations", "the manifest has no <organizations> element");
  const organizations = organizationsEl ? childElements(organizationsEl, cp, "organization") : [];
  const defaultOrg = idAttr(organizationsEl, "default");
  if (defaultOrg) {
    if (!organizations.some((o) => idAttr(o, "identifier") === defaultOrg)) {
      error(
        "default-organization",
        `organizations@default "${defaultOrg}" names no <organization>`,
      );
    }
  } else if (organizations.length > 0) {
    error("default-organization", "<organizations> has organizations but no default attribute");
  }
  for (const org of organizations) {
    if (!textOf(childElements(org, cp, "title")[0])) {
      error("organization-title", `organization "${idAttr(org, "identifier")}" has no <title>`);
    }
  }

  // Resources, references and launch.
  const resourcesEl = childElements(root, cp, "resources")[0];
  const resources = resourcesEl ? childElements(resourcesEl, cp, "resource") : [];
  const resourceById = new Map(resources.map((r) => [idAttr(r, "identifier"), r]));
  const subManifests = new Set(
    elements
      .filter((el) => el !== root && el.namespaceURI === cp && el.localName === "manifest")
      .map((el) => idAttr(el, "identifier")),
  );
  const launched = new Set<Element>();
  for (const item of elements.filter((el) => el.namespaceURI === cp && el.localName === "item")) {
    const ref = idAttr(item, "identifierref");
    if (!ref) continue;
    const resource = resourceById.get(ref);
    if (resource) launched.add(resource);
    else if (!subManifests.has(ref)) {
      error(
        "identifierref-unresolved",
        `item "${idAttr(item, "identifier")}" refers to missing resource "${ref}"`,
      );
    }
  }
  for (const dep of elements.filter(
    (el) => el.namespaceURI === cp && el.localName === "dependency",
  )) {
    const ref = idAttr(dep, "identifierref");
    if (ref && !resourceById.has(ref)) {
      error("identifierref-unresolved", `dependency refers to missing resource "${ref}"`);
    }
  }
  const typeAttr = version === "scorm12" ? "scormtype" : "scormType";
  for (const resource of resources) {
    const id = idAttr(resource, "identifier");
    const scormType = resource.getAttributeNS(adlcp, typeAttr);
    const wrongCase = [...Array(resource.attributes.length).keys()]
      .map((i) => resource.attributes.item(i)!)
      .find(
        (a) =>
          a.namespaceURI === adlcp &&
          a.localName !== typeAttr &&
          a.localName?.toLowerCase() === "scormtype",
      );
    if (wrongCase) {
      error(
        "attribute-name-case",
        `resource "${id}": adlcp:${wrongCase.localName} must be spelled adlcp:${typeAttr}`,
      );
    }
    if (scormType && scormType !== "sco" && scormType !== "asset") {
      error("scormtype", `resource "${id}": adlcp:${typeAttr} is "${scormType}", not sco or asset`);
    }
    if (launched.has(resource)) {
      if (!resource.getAttribute("href")) {
        error("launch-href-missing", `resource "${id}" is launched by an item but has no href`);
      }
      if (!scormType && !wrongCase) {
        error("scormtype", `launched resource "${id}" has no adlcp:${typeAttr} (sco or asset)`);
      }
    }
  }

  // Every referenced file is in the package.
  if (options.files) {
    const base = (el: Element | undefined) => el?.getAttributeNS(NS.xml, "base") ?? "";
    for (const resource of resources) {
      const resourceBase = base(root) + base(resourcesEl) + base(resource);
      const refs = [
        resource.getAttribute("href") ?? "",
        ...childElements(resource, cp, "file").map((f) => f.getAttribute("href") ?? ""),
      ];
      for (const ref of refs) {
        if (!ref || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(ref)) continue;
        const path = normalizePath(resourceBase + ref);
        if (!options.files.has(path)) {
          error(
            "file-missing",
            `resource "${idAttr(resource, "identifier")}" references "${ref}", which is not in the package`,
          );
        }
      }
    }
  }
  return { version, findings };
}

/** xs:ID and IDREF values are whitespace-collapsed before comparison. */
function idAttr(el: Element | undefined, name: string): string {
  return (el?.getAttribute(name) ?? "").trim();
}

/** Drops a query or fragment, decodes %-escapes and resolves "." and ".." segments. */
export function normalizePath(href: string): string {
  const bare = href.replace(/[?#].*$/s, "");
  let decoded = bare;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    // keep the raw text: a bad escape simply will not match any file
  }
  const out: string[] = [];
  for (const part of decoded.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}
