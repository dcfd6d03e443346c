using FitSaaS.Framework.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace FitSaaS.Bookings;

/// <summary>
/// The anonymous endpoint a phone or desktop calendar subscribes to: <c>GET /api/bookings/calendar-feed.ics?token=…</c>
/// serves the token's member's bookings as <c>text/calendar</c> (RFC 5545; see <see cref="MemberCalendarFeedReader"/>).
/// A bad, revoked or foreign token is an RFC 9457 problem 404 <c>Bookings:CalendarFeedNotFound</c>. The token travels in
/// the query value <c>token</c>, which request auditing stores redacted and OpenTelemetry's URL redaction drops; nothing here
/// logs it (docs/decisions/0041-calendar-feed-tokens.md).
/// </summary>
internal static class CalendarFeedEndpoints
{
    /// <summary>The OpenAPI tag of the endpoint: the one of <see cref="IMemberCalendarFeedAppService"/>'s operations (and its description).</summary>
    public const string OpenApiTag = "MemberCalendarFeedAppService";

    public static IEndpointRouteBuilder MapBookingsCalendarFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CalendarFeedConsts.FeedPath, GetFeedAsync).AllowAnonymous().WithTags(OpenApiTag)
            .WithName("MemberCalendarFeed_GetFeed")
            .WithSummary("A member's bookings as an iCalendar (RFC 5545) feed, opened by the secret token of their feed URL; no sign-in.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblemCodes(StatusCodes.Status404NotFound, BookingsErrorCodes.CalendarFeedNotFound);
        return endpoints;
    }

    private static async Task<IResult> GetFeedAsync(
        [FromQuery(Name = CalendarFeedConsts.TokenQueryName)] string? token, [FromServices] MemberCalendarFeedReader reader, HttpContext context)
    {
        var calendar = await reader.ReadAsync(token, context.RequestAborted);
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.Text(calendar, "text/calendar; charset=utf-8");
    }
}
