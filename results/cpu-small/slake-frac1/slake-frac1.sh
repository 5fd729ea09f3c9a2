# SLAKE with all its training questions: CMDPI, CMDPI w/o pre-training, plain fine-tuning and the image-blind control, seeds 0-2.
# Commit: 916ea7c (every results.json here records it).
# To run it again: at the root of a checkout pinned at that commit (cmdpi installed from it), with the data at CMDPI_DATA
# (CMDPI_DATA), two jobs at a time on two cores (one thread each; a job resumes where it stopped when run again),
# with $CMDPI this repository:
#   python $CMDPI/results/tools/run_jobs.py $CMDPI/results/cpu-small/slake-frac1/slake-frac1.sh -j 2
# The command lines are verbatim as run: their paths are those of that checkout.
# The study wrote itself to results/cpu-small/slake-frac1 of that checkout; `python results/tools/collect_results.py
# --in-place results/cpu-small/slake-frac1` later brought it into the layout here (a folder per variant and seed).
# Formerly lines of jobs.sh.
# The ROCO pre-training, one run per seed (4,645 captions), shared by the studies of the training fractions:
mkdir -p runs/cpu-small/done && cmdpi_pretrain --corpus roco --config small --seed 0 --out runs/cpu-small/pretrain-roco/seed0 && touch runs/cpu-small/done/pt0
mkdir -p runs/cpu-small/done && cmdpi_pretrain --corpus roco --config small --seed 1 --out runs/cpu-small/pretrain-roco/seed1 && touch runs/cpu-small/done/pt1
# The four variants (plain fine-tuning and CMDPI w/o pre-training from random initialisation):
cmdpi_ablate --study baseline --variants "plain fine-tuning" --dataset slake --config small --seeds 0,1,2 --out results/cpu-small/slake-frac1 && touch runs/cpu-small/done/s1-plain
mkdir -p runs/cpu-small/done && cmdpi_pretrain --corpus roco --config small --seed 2 --out runs/cpu-small/pretrain-roco/seed2 && touch runs/cpu-small/done/pt2
cmdpi_ablate --study baseline --variants "CMDPI,image-blind" --dataset slake --config small --seeds 0 --init 'runs/cpu-small/pretrain-roco/seed{seed}/last.pt' --out results/cpu-small/slake-frac1 && touch runs/cpu-small/done/s1-c0  # after: runs/cpu-small/done/pt0
cmdpi_ablate --study baseline --variants "CMDPI w/o pre-training" --dataset slake --config small --seeds 0,1,2 --out results/cpu-small/slake-frac1 && touch runs/cpu-small/done/s1-wo
cmdpi_ablate --study baseline --variants "CMDPI,image-blind" --dataset slake --config small --seeds 1 --init 'runs/cpu-small/pretrain-roco/seed{seed}/last.pt' --out results/cpu-small/slake-frac1 && touch runs/cpu-small/done/s1-c1  # after: runs/cpu-small/done/pt1
cmdpi_ablate --study baseline --variants "CMDPI,image-blind" --dataset slake --config small --seeds 2 --init 'runs/cpu-small/pretrain-roco/seed{seed}/last.pt' --out results/cpu-small/slake-frac1 && touch runs/cpu-small/done/s1-c2  # after: runs/cpu-small/done/pt2
# The study table, from the finished runs (each run reused):
cmdpi_ablate --study baseline --dataset slake --config small --seeds 0,1,2 --init 'runs/cpu-small/pretrain-roco/seed{seed}/last.pt' --out results/cpu-small/slake-frac1  # after: runs/cpu-small/done/s1-plain runs/cpu-small/done/s1-wo runs/cpu-small/done/s1-c0 runs/cpu-small/done/s1-c1 runs/cpu-small/done/s1-c2
