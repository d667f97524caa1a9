// The product name and version written into every form's _meta `generator`.
import packageJson from "../../package.json";

export const BDG_VERSION: string = packageJson.version;
export const GENERATOR = `bdg ${BDG_VERSION}`;
