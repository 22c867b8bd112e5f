/** The form-level outcome of an action: an error (announced at once) or a confirmation. */
export function FormMessage({ result }: { result: { ok: boolean; message?: string } | null | undefined }) {
  if (!result?.message) return null;
  return result.ok ? (
    <p role="status" className="rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">
      {result.message}
    </p>
  ) : (
    <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900">
      {result.message}
    </p>
  );
}
