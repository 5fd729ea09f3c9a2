# VQA-RAD with all its training questions, selected on 10 % of them held out by question (their images still trained on, as the test's are): the four variants, seeds 0-2.
# Commit: d8e542e (every results.json here records it).
# To run it again: at the root of a checkout pinned at that commit (cmdpi installed from it), with the data at CMDPI_DATA
# (CMDPI_DATA), two jobs at a time on two cores (one thread each; a job resumes where it stopped when run again),
# with $CMDPI this repository:
#   python $CMDPI/results/tools/run_jobs.py $CMDPI/results/cpu-small/vqa_rad-frac1-qholdout/vqa_rad-frac1-qholdout.sh -j 2
# The command lines are verbatim as run: their paths are those of that checkout.
# After an interruption its lines ran once more (each finished run reused).
# Formerly lines of jobs5.sh.
# The ROCO pre-training per seed, shared with the studies of the same commit (the first command makes the markers' folder,
# as the first line of the combined job file did):
mkdir -p runs/cpu-small/done
cmdpi_pretrain --corpus roco --config small --seed 0 --out runs/cpu-small/pretrain-roco/seed0 && touch runs/cpu-small/done/pt0
cmdpi_pretrain --corpus roco --config small --seed 1 --out runs/cpu-small/pretrain-roco/seed1 && touch runs/cpu-small/done/pt1
cmdpi_pretrain --corpus roco --config small --seed 2 --out runs/cpu-small/pretrain-roco/seed2 && touch runs/cpu-small/done/pt2
# The four variants:
cmdpi_ablate --study baseline --variants "plain fine-tuning,CMDPI w/o pre-training" --dataset vqa_rad --config small --epochs 30 --holdout 0.1 --holdout-by question --seeds 0,1,2 --out results/cpu-small/vqa_rad-frac1-qholdout && touch runs/cpu-small/done/q-a
cmdpi_ablate --study baseline --variants "CMDPI,image-blind" --dataset vqa_rad --config small --epochs 30 --holdout 0.1 --holdout-by question --seeds 0,1,2 --init 'runs/cpu-small/pretrain-roco/seed{seed}/last.pt' --out results/cpu-small/vqa_rad-frac1-qholdout && touch runs/cpu-small/done/q-b  # after: runs/cpu-small/done/pt0 runs/cpu-small/done/pt1 runs/cpu-small/done/pt2
# The study table, from the finished runs:
cmdpi_ablate --study baseline --dataset vqa_rad --config small --epochs 30 --holdout 0.1 --holdout-by question --seeds 0,1,2 --init 'runs/cpu-small/pretrain-roco/seed{seed}/last.pt' --out results/cpu-small/vqa_rad-frac1-qholdout  # after: runs/cpu-small/done/q-a runs/cpu-small/done/q-b
