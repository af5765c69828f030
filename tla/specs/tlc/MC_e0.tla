---- MODULE MC_e0 ----
(* MC.tla with MaxEpoch 0: TLC's model of the bounded system spec (this project's): TLC's configuration files cannot hold a record,
   so Parameters is defined here, and NullPoint is overridden by the model value nullpoint, as in every
   configuration of the reference figures. Copy this folder's files and the .tla files of tla/specs/ into
   one directory and run there (TLC 2.18 gave the figures test/tla/system-spec.test.ts pins):
   java -XX:+UseParallelGC -cp tla2tools.jar tlc2.TLC -workers 1 -deadlock -config MC_b2.cfg MC *)
EXTENDS ZkV3_7_0_Bounded
CONSTANT nullpoint
MCParameters == [MaxTimeoutFailures |-> 0, MaxTransactionNum |-> 0, MaxEpoch |-> 0, MaxCrashes |-> 0, MaxPartitions |-> 0]
====
