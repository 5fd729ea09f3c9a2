# The CPU study of results/cpu-small, as run: python tools/run_jobs.py results/cpu-small/jobs.sh -j 2
# (two jobs at a time on 2 cores, one thread each; every job resumes when run again).
# Data from CMDPI_DATA (../shared/data): VQA-RAD, SLAKE 1.0 (English), the ROCO subset.
# 1. co-regularised pre-training on the ROCO subset (4,645 captions), one run per seed
mkdir -p runs/cpu-small/done && cmdpi_pretrain --corpus roco --config small --seed 0 --out runs/cpu-small/pretrain-roco/seed0 && touch runs/cpu-small/done/pt0
mkdir -p runs/cpu-small/done && cmdpi_pretrain --corpus roco --config small --seed 1 --out runs/cpu-small/pretrain-roco/seed1 && touch runs/cpu-small/done/pt1
# 2. SLAKE, all training questions: CMDPI, CMDPI w/o pre-training, plain fine-tuning, image-blind
cmdpi_ablate --study baseline --variants "plain fine-tuning" --dataset slake --config small --seeds 0,1,2 --out results/cpu-small/slake-frac1 && touch runs/cpu-small/done/s1-plain
mkdir -p runs/cpu-small/done && cmdpi_pretrain --corpus roco --config small --seed 2 --out runs/cpu-small/pretrain-roco/seed2 && touch runs/cpu-small/done/pt2
cmdpi_ablate --study baseline --variants "CMDPI,image-blind" --dataset slake --config small --seeds 0 --init 'runs/cpu-small/pretrain-roco/seed{seed}/last.pt' --out results/cpu-small/slake-frac1 && touch runs/cpu-small/done/s1-c0  # after: runs/cpu-small/done/pt0
cmdpi_ablate --study baseline --variants "CMDPI w/o pre-training" --dataset slake --config small --seeds 0,1,2 --out results/cpu-small/slake-frac1 && touch runs/cpu-small/done/s1-wo
cmdpi_ablate --study baseline --variants "CMDPI,image-blind" --dataset slake --config small --seeds 1 --init 'runs/cpu-small/pretrain-roco/seed{seed}/last.pt' --out results/cpu-small/slake-frac1 && touch runs/cpu-small/done/s1-c1  # after: runs/cpu-small/done/pt1
cmdpi_ablate --study baseline --variants "CMDPI,image-blind" --dataset slake --config small --seeds 2 --init 'runs/cpu-small/pretrain-roco/seed{seed}/last.pt' --out results/cpu-small/slake-frac1 && touch runs/cpu-small/done/s1-c2  # after: runs/cpu-small/done/pt2
# 3. VQA-RAD, all training questions (10 % of its training images held out for selection; 30 epochs)
cmdpi_ablate --study baseline --variants "plain fine-tuning,CMDPI w/o pre-training" --dataset vqa_rad --config small --epochs 30 --holdout 0.1 --seeds 0,1,2 --out results/cpu-small/vqa_rad-frac1 && touch runs/cpu-small/done/r1-a
cmdpi_ablate --study baseline --variants "CMDPI,image-blind" --dataset vqa_rad --config small --epochs 30 --holdout 0.1 --seeds 0,1,2 --init 'runs/cpu-small/pretrain-roco/seed{seed}/last.pt' --out results/cpu-small/vqa_rad-frac1 && touch runs/cpu-small/done/r1-b  # after: runs/cpu-small/done/pt0 runs/cpu-small/done/pt1 runs/cpu-small/done/pt2
# 4. the mechanism check: see jobs2.sh (a first subtle set, with fainter lesions, was not learnable by any variant at
#    this scale — every run scored the question-only prior — and was replaced before its study finished)
# 5. the study tables, from the finished runs (each run is reused)
cmdpi_ablate --study baseline --dataset slake --config small --seeds 0,1,2 --init 'runs/cpu-small/pretrain-roco/seed{seed}/last.pt' --out results/cpu-small/slake-frac1  # after: runs/cpu-small/done/s1-plain runs/cpu-small/done/s1-wo runs/cpu-small/done/s1-c0 runs/cpu-small/done/s1-c1 runs/cpu-small/done/s1-c2
cmdpi_ablate --study baseline --dataset vqa_rad --config small --epochs 30 --holdout 0.1 --seeds 0,1,2 --init 'runs/cpu-small/pretrain-roco/seed{seed}/last.pt' --out results/cpu-small/vqa_rad-frac1  # after: runs/cpu-small/done/r1-a runs/cpu-small/done/r1-b
