namespace FitSaaS;

/// <summary>Reads a request body into memory up to a limit (the host's endpoints that take raw bodies: Stripe's webhooks, the member CSV import).</summary>
internal static class BoundedRequestBody
{
    /// <summary>The body's bytes; throws <paramref name="tooLarge"/>'s exception as soon as more than <paramref name="maxBytes"/> arrive.</summary>
    public static async Task<byte[]> ReadAsync(Stream body, long maxBytes, Func<Exception> tooLarge, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw tooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
