"""A real SMTP server for tests: every message is written as an .eml file into a folder."""
import os
import time


class MaildirSink:
    def __init__(self, directory):
        self.directory = directory
        os.makedirs(directory, exist_ok=True)
        self.count = 0

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 1:
            parser.error("MaildirSink needs the folder to write messages into")
        return cls(args[0])

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = f"{time.time_ns()}-{self.count}.eml"
        with open(os.path.join(self.directory, name), "wb") as f:
            content = envelope.content if isinstance(envelope.content, bytes) else envelope.content.encode()
            f.write(content)
        return "250 OK"
