# Grouped batches against per-question batches (questions_per_image), SLAKE, the small configuration, random initialisation,
# run from a checkout pinned at one commit: python tools/run_jobs.py results/cpu-small/jobs4.sh -j 2
# k is chosen on validate.json with seed 0 (k = 4, 8, 16); k = 1 and the chosen k then run with seeds 0, 1, 2 (jobs4b.sh).
cmdpi_ablate --study grouped --variants k=4 --dataset slake --config small --seeds 0 --out results/cpu-small/slake-grouped && touch runs/cpu-small/done/g4s0
cmdpi_ablate --study grouped --variants k=8 --dataset slake --config small --seeds 0 --out results/cpu-small/slake-grouped && touch runs/cpu-small/done/g8s0
cmdpi_ablate --study grouped --variants k=16 --dataset slake --config small --seeds 0 --out results/cpu-small/slake-grouped && touch runs/cpu-small/done/g16s0
cmdpi_ablate --study grouped --variants k=1 --dataset slake --config small --seeds 0 --out results/cpu-small/slake-grouped && touch runs/cpu-small/done/g1s0
cmdpi_ablate --study grouped --variants k=1 --dataset slake --config small --seeds 1 --out results/cpu-small/slake-grouped && touch runs/cpu-small/done/g1s1
cmdpi_ablate --study grouped --variants k=1 --dataset slake --config small --seeds 2 --out results/cpu-small/slake-grouped && touch runs/cpu-small/done/g1s2
