using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Bookings;

/// <summary>
/// A class schedule's recurrence: an RFC 5545 RRULE value (section 3.3.10) evaluated by Ical.Net in <b>floating</b> local
/// time from the schedule's first local date and start time, so every occurrence keeps its wall-clock time in the
/// location's zone across daylight-saving transitions; each occurrence is turned into a UTC instant only afterwards
/// (<see cref="Location.ToUtc(DateOnly, TimeOnly)"/>: a time in the spring-forward gap is shifted forward by the gap, a
/// time in the fall-back overlap takes its first, daylight, instant). Nothing here reads the process's time zone.
/// </summary>
public static class ClassScheduleRecurrence
{
    private const int NoOccurrenceHorizonYears = 5;

    // Steps of the rule's frequency without an occurrence before evaluation gives up: ~13 years of a daily rule, enough for
    // "29 February" (at most ~1 460 days apart).
    private static readonly EvaluationOptions s_evaluation = new() { MaxUnmatchedIncrementsLimit = 5000 };

    private static readonly HashSet<FrequencyType> s_frequencies = [FrequencyType.Daily, FrequencyType.Weekly, FrequencyType.Monthly, FrequencyType.Yearly];

    /// <summary>
    /// Parses and normalizes a rule (an optional <c>RRULE:</c> prefix is accepted and dropped; parts are written in
    /// Ical.Net's canonical order, e.g. <c>FREQ=WEEKLY;UNTIL=20270630T235959;BYDAY=MO,WE,FR</c>). UNTIL is read as a local
    /// date that is included: its time and a <c>Z</c> are dropped and it becomes 23:59:59 of that day.
    /// </summary>
    /// <param name="recurrenceRule">The RRULE value, e.g. <c>FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=24</c>.</param>
    /// <param name="startDate">The schedule's first local date (the rule's DTSTART date).</param>
    /// <param name="startTime">The schedule's local start time.</param>
    /// <exception cref="BusinessException">
    /// <see cref="BookingsErrorCodes.InvalidRecurrenceRule"/>: empty or longer than
    /// <see cref="ClassScheduleConsts.MaxRecurrenceRuleLength"/>, does not parse, a frequency other than daily, weekly,
    /// monthly or yearly, BYHOUR/BYMINUTE/BYSECOND (the schedule's start time is the time of day), or no occurrence at all.
    /// </exception>
    public static string Normalize(string? recurrenceRule, DateOnly startDate, TimeOnly startTime)
    {
        var text = recurrenceRule?.Trim() ?? string.Empty;
        if (text.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[6..];
        }

        if (text.Length == 0 || text.Length > ClassScheduleConsts.MaxRecurrenceRuleLength)
        {
            throw Invalid(recurrenceRule, $"The rule must have 1 to {ClassScheduleConsts.MaxRecurrenceRuleLength} characters.");
        }

        RecurrencePattern pattern;
        try
        {
            pattern = new RecurrencePattern(text);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            throw Invalid(recurrenceRule, ex.Message);
        }

        if (!s_frequencies.Contains(pattern.Frequency))
        {
            throw Invalid(recurrenceRule, "The frequency must be DAILY, WEEKLY, MONTHLY or YEARLY.");
        }

        if (pattern.ByHour.Count > 0 || pattern.ByMinute.Count > 0 || pattern.BySecond.Count > 0)
        {
            throw Invalid(recurrenceRule, "BYHOUR, BYMINUTE and BYSECOND are not allowed: the schedule's start time is the time of day.");
        }

        if (pattern.Until is { } until)
        {
            // UNTIL is read as a local date that is included (what gym staff mean by "until 30 June"): RFC 5545 wants it
            // of DTSTART's type (here a floating date-time), and a bare date would end the rule at that day's midnight.
            var day = until.Value;
            pattern.Until = new CalDateTime(day.Year, day.Month, day.Day, 23, 59, 59);
        }

        var normalized = pattern.ToString() ?? text;
        if (!GetOccurrenceDates(startDate, startTime, normalized, startDate, startDate.AddYears(NoOccurrenceHorizonYears)).Any())
        {
            throw Invalid(recurrenceRule, $"The rule has no occurrence in the {NoOccurrenceHorizonYears} years from the start date.");
        }

        return normalized;
    }

    /// <summary>
    /// The local dates of the occurrences in [<paramref name="from"/>, <paramref name="toExclusive"/>), in order. The
    /// rule must be one <see cref="Normalize"/> accepted. COUNT counts from <paramref name="startDate"/>, whatever the range.
    /// </summary>
    public static IEnumerable<DateOnly> GetOccurrenceDates(DateOnly startDate, TimeOnly startTime, string recurrenceRule, DateOnly from, DateOnly toExclusive)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recurrenceRule);
        if (toExclusive <= from)
        {
            return [];
        }

        var start = new CalDateTime(startDate.Year, startDate.Month, startDate.Day, startTime.Hour, startTime.Minute, startTime.Second);
        var evt = new CalendarEvent { DtStart = start, RecurrenceRule = new RecurrencePattern(recurrenceRule) };
        var first = from < startDate ? startDate : from;
        var end = new CalDateTime(toExclusive.Year, toExclusive.Month, toExclusive.Day);
        return Enumerate(evt, new CalDateTime(first.Year, first.Month, first.Day), end);
    }

    private static IEnumerable<DateOnly> Enumerate(CalendarEvent evt, CalDateTime from, CalDateTime end)
    {
        using var occurrences = evt.GetOccurrences(from, s_evaluation).TakeWhileBefore(end).GetEnumerator();
        while (true)
        {
            try
            {
                if (!occurrences.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception ex) when (ex is EvaluationOutOfRangeException or EvaluationLimitExceededException)
            {
                // The rule ran past year 9999, or found no occurrence in MaxUnmatchedIncrements steps (e.g. 30 February every
                // day): nothing more. The limit keeps a rule with no occurrence from costing seconds of CPU.
                yield break;
            }

            yield return DateOnly.FromDateTime(occurrences.Current.Period.StartTime.Value);
        }
    }

    private static BusinessException Invalid(string? rule, string reason) =>
        new BusinessException(BookingsErrorCodes.InvalidRecurrenceRule, $"'{rule}' is not a recurrence rule schedules accept: {reason}")
            .WithData("recurrenceRule", rule ?? string.Empty)
            .WithData("reason", reason);
}
