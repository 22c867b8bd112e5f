import { renderSVG } from "uqr";

/**
 * The page's address as text to copy and as a QR code for phones, without JavaScript. On paper the
 * QR code stays, so a printed copy leads back to the online original.
 */
export function ShareBox({ url }: { url: string }) {
  const qr = `data:image/svg+xml;base64,${Buffer.from(renderSVG(url, { border: 2 })).toString("base64")}`;
  return (
    <section aria-labelledby="share-heading" className="flex break-inside-avoid flex-wrap items-center gap-4 rounded-lg border border-slate-300 bg-white p-4">
      {/* eslint-disable-next-line @next/next/no-img-element -- an inline data URL needs no optimisation */}
      <img src={qr} alt="本页二维码，用手机扫描即可打开本页" width={120} height={120} className="size-30" />
      <div className="min-w-0 flex-1 space-y-2">
        <h2 id="share-heading" className="font-semibold">
          分享本页
        </h2>
        <label htmlFor="share-url" className="block text-sm text-slate-700">
          本页链接（可复制后发送）
        </label>
        <input id="share-url" readOnly value={url} className="block w-full rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm" />
        <p className="text-sm text-slate-700 print:hidden">用手机扫描二维码，可在手机上阅读本页。</p>
        <p className="hidden text-sm print:block">扫描二维码查看网上原文。</p>
      </div>
    </section>
  );
}
