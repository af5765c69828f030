/**
 * The order vitest starts test files in: the slowest first, longest first, so that the two workers finish
 * together. A clean clone has no vitest cache, and without one vitest keeps the files' glob order, which
 * once started the zoo's 440 s file (bugs.test.ts) half way through a 970 s run and left one worker idle at
 * the end. The seconds are the 25 slowest files of a run of the suite on 2 cores at a load of about 4, less
 * what later changes took out of them; only the order matters, so they need not be exact. Files not listed keep vitest's own order
 * after these.
 */
import { relative } from "node:path"
import { BaseSequencer, type TestSpecification } from "vitest/node"

const seconds: Readonly<Record<string, number>> = {
  "test/bugs.test.ts": 93,
  "test/reporters.test.ts": 85,
  "test/check.test.ts": 80,
  "test/outside-project.test.ts": 75,
  "test/model-parallel.test.ts": 74,
  "test/ci-recipe.test.ts": 70,
  "test/net.test.ts": 70,
  "test/project.test.ts": 53,
  "test/mutation-campaign-control.test.ts": 46,
  "test/api.test.ts": 45,
  "test/validate-system.test.ts": 45,
  "test/zookeeper-cluster.test.ts": 43,
  "test/history-sim.test.ts": 42,
  "test/net-schedule.test.ts": 38,
  "test/validate.test.ts": 34,
  "test/view.test.ts": 34,
  "test/tla/typed.test.ts": 32,
  "test/zookeeper-target.test.ts": 31,
  "test/check-net.test.ts": 28,
  "test/validate-discovery.test.ts": 27,
  "test/snapshot-integrity-kills.test.ts": 22,
  "test/acl-kills.test.ts": 22,
  "test/validate-sync.test.ts": 20,
  "test/tla/zab-generated.test.ts": 19,
  "test/trace-tools.test.ts": 16,
}

export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: Array<TestSpecification>): Promise<Array<TestSpecification>> {
    const sorted = await super.sort(files)
    const weight = (file: TestSpecification): number => seconds[relative(file.project.config.root, file.moduleId).replaceAll("\\", "/")] ?? 0
    // Array.prototype.sort is stable: the files not listed keep the order vitest gave them.
    return [...sorted].sort((a, b) => weight(b) - weight(a))
  }
}
