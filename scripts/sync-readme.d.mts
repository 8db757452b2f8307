export declare function asSection(markdown: string, path: string): string
export declare function renderReadme(root?: string): string
