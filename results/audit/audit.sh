# cmdpi_audit of the official VQA-RAD and SLAKE (found through CMDPI_DATA): exact and near-duplicate images, shared
# (image, question, answer) triplets and test questions on training images between the splits, and the ceiling of the
# train-only answer vocabulary. Commit: none recorded; committed in a3a58d6. From the repository root:
cmdpi_audit vqa_rad --out results/audit
cmdpi_audit slake --out results/audit
