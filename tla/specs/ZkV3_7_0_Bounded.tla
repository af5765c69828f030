--------------------------- MODULE ZkV3_7_0_Bounded ---------------------------
(* A state constraint that makes ZooKeeper's system spec finite for exhaustive checking (this project's,
   not upstream's). The spec's own Parameters bound timeouts, transactions, epochs, crashes and partitions,
   but not leader election: rounds (logicalClock), the notifications queued (recvQueue, electionMsgs) and
   the versions of the votes a server records (receiveVotes, outOfElection) grow without bound. *)
EXTENDS ZkV3_7_0

CONSTANTS MaxRound, MaxQueue, MaxVersion

Bounded == \A i \in Server: /\ logicalClock[i] <= MaxRound
                            /\ Len(recvQueue[i]) <= MaxQueue
                            /\ \A j \in Server: /\ Len(electionMsgs[i][j]) <= MaxQueue
                                                /\ receiveVotes[i][j].version <= MaxVersion
                                                /\ outOfElection[i][j].version <= MaxVersion
=============================================================================
