"""``python -m crawlers.demo_site [--port N] [--registry FILE]``: serve the demo site until Ctrl-C."""

import argparse
import time

from crawlers.demo_site import serve_demo_site, write_demo_registry

parser = argparse.ArgumentParser(prog="python -m crawlers.demo_site", description=__doc__)
parser.add_argument("--port", type=int, default=8765)
parser.add_argument("--registry", help="also write a source registry for it to this file")
args = parser.parse_args()
with serve_demo_site(port=args.port) as site:
    print(f"demo site at {site.base_url}/ (Ctrl-C to stop)")
    if args.registry:
        print(f"registry: {write_demo_registry(site.base_url, args.registry)}")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
