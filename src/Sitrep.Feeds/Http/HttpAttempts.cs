using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Sitrep.Feeds.Http;

/// <summary>One response as read in one attempt: status, the headers Sitrep uses and the whole body (2xx only).</summary>
internal sealed record Attempt(int Status, string Reason, Uri? Location, string? ContentType, CacheValidators Validators, TimeSpan? RetryAfter, byte[] Body);

/// <summary>A response body over the size cap.</summary>
internal sealed class ResponseTooLargeException(string message) : IOException(message);

/// <summary>
/// Sends one GET (no redirects followed) with retries: Polly.Core retries network errors, timeouts, 408, 429 and 5xx
/// with exponential backoff and jitter (or the server's Retry-After, up to a minute). Each attempt first waits for
/// the host's politeness slot, then runs under the timeout, which covers reading the whole body.
/// </summary>
internal sealed class HttpAttempts : IDisposable
{
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(1);

    private readonly HttpClient _client;
    private readonly FetchOptions _options;
    private readonly HostGate _gate;
    private readonly ResiliencePipeline<Attempt> _retry;
    private readonly ResiliencePipeline _timeout;
    private readonly TimeProvider _clock;

    public HttpAttempts(FetchOptions options, HostGate gate, TimeProvider clock)
    {
        _options = options;
        _gate = gate;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false, // a proxy would be the address connected to, and the guard would check the wrong one
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = new GuardedConnector(options.Addresses).ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var retry = new ResiliencePipelineBuilder<Attempt> { TimeProvider = clock };
        if (options.Retries > 0)
        {
            retry.AddRetry(new RetryStrategyOptions<Attempt>
            {
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldHandle = new PredicateBuilder<Attempt>()
                    .Handle<TimeoutRejectedException>()
                    .Handle<HttpRequestException>(ex => BlockedAddressException.Find(ex) is null)
                    .Handle<IOException>(ex => ex is not ResponseTooLargeException && BlockedAddressException.Find(ex) is null)
                    .HandleResult(a => a.Status is 408 or 429 or >= 500),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter is { } wait && wait <= MaxRetryAfter ? wait : (TimeSpan?)null),
            });
        }

        _retry = retry.Build();
        _timeout = new ResiliencePipelineBuilder { TimeProvider = clock }.AddTimeout(options.Timeout).Build();
        _clock = clock;
    }

    public async Task<Attempt> SendAsync(Uri url, CacheValidators? validators, CancellationToken ct) =>
        await _retry.ExecuteAsync(async token => await OnceAsync(url, validators, token).ConfigureAwait(false), ct).ConfigureAwait(false);

    public void Dispose() => _client.Dispose();

    private async ValueTask<Attempt> OnceAsync(Uri url, CacheValidators? validators, CancellationToken ct)
    {
        using var slot = await _gate.EnterAsync(url.IdnHost, ct).ConfigureAwait(false);
        return await _timeout.ExecuteAsync(async token => await RequestAsync(url, validators, token).ConfigureAwait(false), ct).ConfigureAwait(false);
    }

    private async ValueTask<Attempt> RequestAsync(Uri url, CacheValidators? validators, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5");
        if (validators?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (validators?.LastModified is { } modified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        }

        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var body = status is >= 200 and < 300 ? await ReadCappedAsync(response.Content, ct).ConfigureAwait(false) : [];
        var lastModified = response.Content.Headers.TryGetValues("Last-Modified", out var lm) ? lm.FirstOrDefault() : null;
        return new Attempt(
            status,
            response.ReasonPhrase ?? "",
            response.Headers.Location,
            response.Content.Headers.ContentType?.ToString(),
            new CacheValidators(response.Headers.ETag?.ToString(), lastModified),
            RetryAfter(response.Headers.RetryAfter),
            body);
    }

    private async Task<byte[]> ReadCappedAsync(HttpContent content, CancellationToken ct)
    {
        var cap = _options.MaxBytes;
        if (content.Headers.ContentLength > cap)
        {
            throw new ResponseTooLargeException(TooLarge(cap));
        }

        await using var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                throw new ResponseTooLargeException(TooLarge(cap));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string TooLarge(long cap) =>
        string.Create(CultureInfo.InvariantCulture, $"response larger than {(cap >= 1024 * 1024 ? $"{cap / (1024.0 * 1024):0.#} MB" : $"{cap} bytes")}");

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? date - _clock.GetUtcNow() : null);
}
