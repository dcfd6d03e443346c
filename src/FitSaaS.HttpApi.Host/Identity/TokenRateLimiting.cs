using System.Globalization;
using System.Threading.RateLimiting;
using FitSaaS.Framework.AspNetCore.ExceptionHandling;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FitSaaS.Identity;

/// <summary>
/// Rate limits of the token endpoints (ASP.NET Core rate limiting): a fixed window per client IP
/// (global limiter on <see cref="TokenServerPathPrefix"/>, before OpenIddict, and on sign-in page posts) and per (tenant, user
/// name) for password logins and sign-in page posts (one budget for both).
/// Rejections are 429 problems with code <c>TokenServer:RateLimited</c> and a <c>Retry-After</c> header.
/// </summary>
public sealed class TokenRateLimiting(IOptions<TokenServerOptions> options, ICurrentTenant currentTenant) : IDisposable
{
    /// <summary>Name of the per-IP limit (partition-key prefix of the global limiter).</summary>
    public const string PerIpPolicy = "token-endpoint-per-ip";

    /// <summary>Requests under this path (the token server's endpoints) are limited per client IP.</summary>
    public const string TokenServerPathPrefix = "/connect";

    /// <summary>Error code of a rejected request.</summary>
    public const string RateLimitedCode = "TokenServer:RateLimited";

    private readonly PartitionedRateLimiter<string> _perUser = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.TokenRequestsPerUserPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Registers the per-IP policy and the rejection response.</summary>
    public static void Configure(RateLimiterOptions limiter)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        // A global limiter (the middleware runs before authentication), so it also guards the endpoints OpenIddict
        // answers itself (revocation, introspection, authorization, end-session) before any of its work.
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (!context.Request.Path.StartsWithSegments(TokenServerPathPrefix, StringComparison.OrdinalIgnoreCase) &&
                !(HttpMethods.IsPost(context.Request.Method) &&
                  context.Request.Path.Equals(SignInCookie.LoginPath, StringComparison.OrdinalIgnoreCase)))
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            var settings = context.RequestServices.GetRequiredService<IOptions<TokenServerOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(
                PerIpPolicy + ":" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.TokenRequestsPerIpPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        });
        limiter.OnRejected = async (rejection, cancellationToken) =>
        {
            var retryAfter = rejection.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
            await WriteRejectionAsync(rejection.HttpContext, retryAfter);
        };
    }

    /// <summary>Takes a permit for the user; returns the 429 result when the user's window is exhausted.</summary>
    public IResult? TryRejectUser(HttpContext context, string userName)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var lease = _perUser.AttemptAcquire($"{currentTenant.Id}:{userName.Trim().ToUpperInvariant()}");
        if (lease.IsAcquired)
        {
            return null;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        context.Response.Headers.RetryAfter = Seconds(retryAfter);
        return Results.Problem(Problem(context, retryAfter));
    }

    /// <inheritdoc/>
    public void Dispose() => _perUser.Dispose();

    private static Task WriteRejectionAsync(HttpContext context, TimeSpan retryAfter)
    {
        context.Response.Headers.RetryAfter = Seconds(retryAfter);
        return FitSaaSProblems.WriteAsync(context, Problem(context, retryAfter));
    }

    private static ProblemDetails Problem(HttpContext context, TimeSpan retryAfter) => FitSaaSProblems.Create(
        context, StatusCodes.Status429TooManyRequests, "Too many token requests.", RateLimitedCode, $"Retry after {Seconds(retryAfter)} seconds.");

    private static string Seconds(TimeSpan value) => Math.Max(1, (int)Math.Ceiling(value.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
