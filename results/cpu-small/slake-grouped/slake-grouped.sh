# Grouped batches on SLAKE: CMDPI w/o pre-training with per-question batches (k=1) and with batches of whole images (k questions per image, each image encoded once), k chosen on validate.json, seeds 0-2.
# Commit: 232e079 (every results.json here records it); the diagnosis, diagnosis.json, ran at f10e27b.
# To run it again: at the root of a checkout pinned at that commit (cmdpi installed from it), with the data at CMDPI_DATA
# (CMDPI_DATA), two jobs at a time on two cores (one thread each; a job resumes where it stopped when run again),
# with $CMDPI this repository:
#   python $CMDPI/results/tools/run_jobs.py $CMDPI/results/cpu-small/slake-grouped/slake-grouped.sh -j 2
# The command lines are verbatim as run: their paths are those of that checkout.
# Formerly jobs4.sh and jobs4b.sh.
# First part: k = 4, 8 and 16 with seed 0, to choose k on validate.json, and k = 1 with seeds 0-2:
cmdpi_ablate --study grouped --variants k=4 --dataset slake --config small --seeds 0 --out results/cpu-small/slake-grouped && touch runs/cpu-small/done/g4s0
cmdpi_ablate --study grouped --variants k=8 --dataset slake --config small --seeds 0 --out results/cpu-small/slake-grouped && touch runs/cpu-small/done/g8s0
cmdpi_ablate --study grouped --variants k=16 --dataset slake --config small --seeds 0 --out results/cpu-small/slake-grouped && touch runs/cpu-small/done/g16s0
cmdpi_ablate --study grouped --variants k=1 --dataset slake --config small --seeds 0 --out results/cpu-small/slake-grouped && touch runs/cpu-small/done/g1s0
cmdpi_ablate --study grouped --variants k=1 --dataset slake --config small --seeds 1 --out results/cpu-small/slake-grouped && touch runs/cpu-small/done/g1s1
cmdpi_ablate --study grouped --variants k=1 --dataset slake --config small --seeds 2 --out results/cpu-small/slake-grouped && touch runs/cpu-small/done/g1s2
# Second part, once k = 4 was chosen (76.8, 76.4 and 76.1 overall on validate.json for k = 4, 8, 16): k = 4 with seeds
# 1 and 2, then the table of k = 1 against k = 4 over seeds 0-2:
cmdpi_ablate --study grouped --variants k=4 --dataset slake --config small --seeds 1 --out results/cpu-small/slake-grouped && touch runs/cpu-small/done/g4s1
cmdpi_ablate --study grouped --variants k=4 --dataset slake --config small --seeds 2 --out results/cpu-small/slake-grouped && touch runs/cpu-small/done/g4s2
cmdpi_ablate --study grouped --variants k=1,k=4 --dataset slake --config small --seeds 0,1,2 --out results/cpu-small/slake-grouped  # after: runs/cpu-small/done/g4s1 runs/cpu-small/done/g4s2 runs/cpu-small/done/g1s1 runs/cpu-small/done/g1s2
# Then the diagnosis (which part of the grouped step costs the accuracy; diagnosis.json), at commit f10e27b, as
#   python tools/grouped_diagnosis.py --out runs/cpu-small/grouped-diagnosis --seed 0
# the script now in this folder: python results/cpu-small/slake-grouped/grouped_diagnosis.py with the same options.
