using FitSaaS.Framework.Application;

namespace FitSaaS.Messaging;

/// <summary>The gym's workout threads: <c>?fromDate=&amp;toDate=&amp;skipCount=&amp;maxResultCount=</c>; latest date first.</summary>
public sealed class GetWorkoutThreadListInput : PagedResultRequestDto
{
    /// <summary>Only threads of this local date or later.</summary>
    public DateOnly? FromDate { get; init; }

    /// <summary>Only threads of this local date or earlier.</summary>
    public DateOnly? ToDate { get; init; }
}
