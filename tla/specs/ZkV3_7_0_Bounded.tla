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

(* ZkV3_7_0's LastCommitted(i) with its two follower cases reading history[i][k].zxid where it reads
   history[k].zxid (k a txn index: TLC cannot apply history, a function of servers, to it when k is not a
   server, and reads another server's history when it is). Configurations substitute it for LastCommitted
   (LastCommitted <- LastCommittedOfServer); every other case is ZkV3_7_0's. *)
ZxidPoint(i, k) == IF k = 0 THEN [index |-> 0, zxid |-> <<0, 0>>]
                   ELSE [index |-> k, zxid |-> history[i][k].zxid]

LastCommittedOfServer(i) ==
    IF zabState[i] = BROADCAST THEN lastCommitted[i]
    ELSE CASE IsLeader(i) -> ZxidPoint(i, Len(initialHistory[i]))
         []   IsFollower(i) ->
                LET committedInSync == packetsSync[i].committed
                    logged == Len(history[i])
                    initial == Len(initialHistory[i])
                IN IF committedInSync = << >>
                   THEN IF logged = initial THEN ZxidPoint(i, logged)
                        ELSE IF initial < lastCommitted[i].index THEN lastCommitted[i]
                        ELSE ZxidPoint(i, initial)
                   ELSE LET last == committedInSync[Len(committedInSync)]
                        IN [index |-> ZxidToIndex(history[i] \o packetsSync[i].notCommitted, last),
                            zxid  |-> last]
         []   OTHER -> lastCommitted[i]
=============================================================================
