# After jobs4.sh: k chosen on validate.json with seed 0 among k = 4, 8, 16 (76.8, 76.4, 76.1 overall): k = 4 with seeds 1 and 2,
# then the table of k = 1 against k = 4 over seeds 0, 1, 2 (the seed-0 runs of jobs4.sh are reused).
cmdpi_ablate --study grouped --variants k=4 --dataset slake --config small --seeds 1 --out results/cpu-small/slake-grouped && touch runs/cpu-small/done/g4s1
cmdpi_ablate --study grouped --variants k=4 --dataset slake --config small --seeds 2 --out results/cpu-small/slake-grouped && touch runs/cpu-small/done/g4s2
cmdpi_ablate --study grouped --variants k=1,k=4 --dataset slake --config small --seeds 0,1,2 --out results/cpu-small/slake-grouped  # after: runs/cpu-small/done/g4s1 runs/cpu-small/done/g4s2 runs/cpu-small/done/g1s1 runs/cpu-small/done/g1s2
