// Project configuration. `exporters` lists the export formats offered by the
// CLI, the server and the studio, in order: built-in ids, npm package names,
// or paths (starting with "." or "/") to modules that export an exporter.
export default {
  exporters: ["json", "html", "scorm12", "scorm2004", "xapi", "cmi5"],
};
