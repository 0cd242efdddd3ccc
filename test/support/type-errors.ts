import ts from 'typescript';

/**
 * Returns the TypeScript errors of `source`, compiled strictly as the module
 * `consumerPath` (which need not exist) together with `files`; imports resolve
 * as a bundler resolves them, so a module beside the generated files, or a
 * snippet written for a front-end project, compiles as it is.
 */
export function typeErrors(source: string, consumerPath: string, files: readonly string[] = []): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => file === consumerPath || fileExists.call(host, file);
  host.readFile = (file) => (file === consumerPath ? source : readFile.call(host, file));
  host.getSourceFile = (file, language, ...rest) =>
    file === consumerPath ? ts.createSourceFile(file, source, language) : getSourceFile.call(host, file, language, ...rest);
  const program = ts.createProgram([consumerPath, ...files], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => `${diagnostic.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
}
