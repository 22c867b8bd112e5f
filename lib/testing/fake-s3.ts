import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { buffer } from "node:stream/consumers";

/**
 * A minimal S3 for tests: path-style PUT/GET/HEAD/DELETE of objects in memory, on a free loopback port.
 * It checks neither signatures nor bucket existence; it answers the way S3 does where the SDK looks
 * (status codes, ETag, Content-Length, the XML error body with its Code). `requests` lists
 * "METHOD /bucket/key" for assertions; `objects` can be edited to simulate loss or tampering.
 */
export async function startFakeS3(): Promise<{
  endpoint: string;
  objects: Map<string, Buffer>;
  requests: string[];
  close: () => Promise<void>;
}> {
  const objects = new Map<string, Buffer>();
  const requests: string[] = [];
  const fail = (res: ServerResponse, status: number, code: string, withBody: boolean) => {
    res.writeHead(status, { "content-type": "application/xml" });
    res.end(withBody ? `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>` : undefined);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const key = decodeURIComponent(new URL(req.url ?? "/", "http://fake").pathname);
    requests.push(`${req.method} ${key}`);
    const stored = objects.get(key);
    const headers = (body: Buffer) => ({
      "content-type": "application/octet-stream",
      "content-length": String(body.length),
      etag: `"${createHash("md5").update(body).digest("hex")}"`,
      "last-modified": new Date().toUTCString(),
    });
    switch (req.method) {
      case "PUT": {
        const body = await buffer(req);
        objects.set(key, body);
        res.writeHead(200, { etag: headers(body).etag, "content-length": "0" });
        return res.end();
      }
      case "GET":
      case "HEAD":
        if (!stored) return fail(res, 404, "NoSuchKey", req.method === "GET");
        res.writeHead(200, headers(stored));
        return res.end(req.method === "GET" ? stored : undefined);
      case "DELETE":
        objects.delete(key);
        res.writeHead(204);
        return res.end();
      default:
        return fail(res, 405, "MethodNotAllowed", true);
    }
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => fail(res, 500, "InternalError", true));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** The environment that points the app's attachment store at a fake S3 (GONGKAI_STORAGE=s3, path style). */
export const fakeS3Env = (endpoint: string, bucket = "gongkai"): Record<string, string> => ({
  GONGKAI_STORAGE: "s3",
  GONGKAI_S3_BUCKET: bucket,
  GONGKAI_S3_ENDPOINT: endpoint,
  GONGKAI_S3_FORCE_PATH_STYLE: "1",
  GONGKAI_S3_ACCESS_KEY_ID: "test",
  GONGKAI_S3_SECRET_ACCESS_KEY: "test-secret",
});
