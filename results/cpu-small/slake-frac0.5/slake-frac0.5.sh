# SLAKE with 50% of its training questions, sampled by image: the four variants, seeds 0-2.
# Commit: 916ea7c (every results.json here records it).
# To run it again: at the root of a checkout pinned at that commit (cmdpi installed from it), with the data at CMDPI_DATA
# (CMDPI_DATA), two jobs at a time on two cores (one thread each; a job resumes where it stopped when run again),
# with $CMDPI this repository:
#   python $CMDPI/results/tools/run_jobs.py $CMDPI/results/cpu-small/slake-frac0.5/slake-frac0.5.sh -j 2
# The command lines are verbatim as run: their paths are those of that checkout.
# The study wrote itself to results/cpu-small/slake-frac0.5 of that checkout; `python results/tools/collect_results.py
# --in-place results/cpu-small/slake-frac0.5` later brought it into the layout here (a folder per variant and seed).
# CMDPI and the image-blind control fine-tune from the ROCO pre-training of slake-frac1.sh (runs/cpu-small/pretrain-roco):
# run its pre-training lines first. The fractions are nested: every image of a smaller fraction is in every larger one
# of the same seed; the selection set and the test split stay whole.
# Formerly lines of jobs2.sh.
# The four variants:
cmdpi_ablate --study baseline --variants "CMDPI,image-blind" --dataset slake --config small --seeds 0,1,2 --init 'runs/cpu-small/pretrain-roco/seed{seed}/last.pt' --fraction 0.5 --out results/cpu-small/slake-frac0.5 && touch runs/cpu-small/done/s05-c
cmdpi_ablate --study baseline --variants "plain fine-tuning,CMDPI w/o pre-training" --dataset slake --config small --seeds 0,1,2 --fraction 0.5 --out results/cpu-small/slake-frac0.5 && touch runs/cpu-small/done/s05-p
# The study table, from the finished runs:
cmdpi_ablate --study baseline --dataset slake --config small --seeds 0,1,2 --init 'runs/cpu-small/pretrain-roco/seed{seed}/last.pt' --fraction 0.5 --out results/cpu-small/slake-frac0.5  # after: runs/cpu-small/done/s05-c runs/cpu-small/done/s05-p
