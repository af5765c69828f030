/**
 * The order vitest starts test files in: the slowest first, longest first, so that the two workers finish
 * together. A clean clone has no vitest cache, and without one vitest keeps the files' glob order, which
 * once started the zoo's 440 s file (bugs.test.ts) half way through a 970 s run and left one worker idle at
 * the end. The seconds are the 25 slowest files of a clean-clone run of the suite on 2 cores at a load of
 * about 3; only the order matters, so they need not be exact. Files not listed keep vitest's own order
 * after these.
 */
import { relative } from "node:path"
import { BaseSequencer, type TestSpecification } from "vitest/node"

const seconds: Readonly<Record<string, number>> = {
}

export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: Array<TestSpecification>): Promise<Array<TestSpecification>> {
    const sorted = await super.sort(files)
    const weight = (file: TestSpecification): number => seconds[relative(file.project.config.root, file.moduleId).replaceAll("\\", "/")] ?? 0
    // Array.prototype.sort is stable: the files not listed keep the order vitest gave them.
    return [...sorted].sort((a, b) => weight(b) - weight(a))
  }
}
