// `npm run test:unit`: the fast lane (core, reader and writer models, fake Excel, use cases, pane
// logic) without the suites that start LibreOffice, Chromium or bdg processes. `npm test` stays the
// full suite that CI runs. A suite that needs one of those engines is named here.
const base = require("./jest.config.js");

module.exports = {
  ...base,
  roots: ["<rootDir>/test/core", "<rootDir>/test/xlsx", "<rootDir>/test/excel", "<rootDir>/test/usecases", "<rootDir>/test/taskpane"],
  testPathIgnorePatterns: ["/node_modules/", "libreoffice", "real-files", "write-workbook\\.test", "cli-bundle\\.test"],
};
