# The image-lookup baseline against the question-only prior: each test question answered from the training questions asked
# of the same image (cmdpi.eval.image_lookup), on VQA-RAD (training part as in the studies: 10 % of the training images
# held out, per seed) and SLAKE, seeds 0-2. No model is trained.
# Commit: none recorded; committed in d19ee37. Run then as python tools/lookup_baseline.py --out results/cpu-small/lookup-baseline;
# from the repository root now:
python results/cpu-small/image-lookup/lookup_baseline.py --out results/cpu-small/image-lookup/image-lookup
