export declare const ROOT: string;
export declare const DIST: string;
export declare const PAGE: string;
export declare function ensureDist(log?: (text: string) => void): void;
export declare function firstLoadScripts(html: string): string[];
