# The peers' protocol measured on SLAKE: the answer vocabulary of train and test and the checkpoint chosen on the test split, CMDPI and plain fine-tuning, seeds 0-2 - a measurement beside slake-frac1, never a result.
# Commit: d8e542e (every results.json here records it).
# To run it again: at the root of a checkout pinned at that commit (cmdpi installed from it), with the data at CMDPI_DATA
# (CMDPI_DATA), two jobs at a time on two cores (one thread each; a job resumes where it stopped when run again),
# with $CMDPI this repository:
#   python $CMDPI/results/tools/run_jobs.py $CMDPI/results/cpu-small/slake-peers-protocol/slake-peers-protocol.sh -j 2
# The command lines are verbatim as run: their paths are those of that checkout.
# The study wrote itself to results/cpu-small/slake-peers of that checkout (this folder, renamed).
# After an interruption its lines ran once more (each finished run reused).
# Formerly lines of jobs5.sh.
# The ROCO pre-training per seed, shared with the studies of the same commit (the first command makes the markers' folder,
# as the first line of the combined job file did):
mkdir -p runs/cpu-small/done
cmdpi_pretrain --corpus roco --config small --seed 0 --out runs/cpu-small/pretrain-roco/seed0 && touch runs/cpu-small/done/pt0
cmdpi_pretrain --corpus roco --config small --seed 1 --out runs/cpu-small/pretrain-roco/seed1 && touch runs/cpu-small/done/pt1
cmdpi_pretrain --corpus roco --config small --seed 2 --out runs/cpu-small/pretrain-roco/seed2 && touch runs/cpu-small/done/pt2
# The two variants:
cmdpi_ablate --study baseline --variants "plain fine-tuning" --dataset slake --config small --seeds 0,1,2 --peers-protocol --out results/cpu-small/slake-peers && touch runs/cpu-small/done/p-s1
cmdpi_ablate --study baseline --variants "CMDPI" --dataset slake --config small --seeds 0,1,2 --peers-protocol --init 'runs/cpu-small/pretrain-roco/seed{seed}/last.pt' --out results/cpu-small/slake-peers && touch runs/cpu-small/done/p-s2  # after: runs/cpu-small/done/pt0 runs/cpu-small/done/pt1 runs/cpu-small/done/pt2
# The study table, from the finished runs:
cmdpi_ablate --study baseline --variants "CMDPI,plain fine-tuning" --dataset slake --config small --seeds 0,1,2 --peers-protocol --init 'runs/cpu-small/pretrain-roco/seed{seed}/last.pt' --out results/cpu-small/slake-peers  # after: runs/cpu-small/done/p-s1 runs/cpu-small/done/p-s2
