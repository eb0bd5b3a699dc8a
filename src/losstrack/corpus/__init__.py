"""Corpus-scale extraction: a folder, JSONL or Parquet corpus → partitioned claims Parquet, locally or on Dask.

>>> from losstrack.corpus import extract_corpus, read_table
>>> report = extract_corpus("news.jsonl", "out", engine="dask", workers=2)
>>> claims = read_table("out", "claims")
"""

from .engines import ENGINES, ExtractReport, extract_corpus, process_partition
from .extract import FAILURE_COLUMNS, PartitionTables, extract_document, extract_records, to_document
from .readers import CorpusError, Partition, iter_records, plan, read_partition
from .writer import FailuresModel, ManifestMismatch, read_table

__all__ = [
    "ENGINES",
    "FAILURE_COLUMNS",
    "CorpusError",
    "ExtractReport",
    "FailuresModel",
    "ManifestMismatch",
    "Partition",
    "PartitionTables",
    "extract_corpus",
    "extract_document",
    "extract_records",
    "iter_records",
    "plan",
    "process_partition",
    "read_partition",
    "read_table",
    "to_document",
]
