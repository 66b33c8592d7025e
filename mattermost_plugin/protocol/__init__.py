"""The wire protocol: the proto files and the Python code generated from them (do not edit *_pb2*.py)."""
