using System.Globalization;
using Fluid;
using FitSaaS.Framework.Exceptions;
using NodaTime;

namespace FitSaaS.Messaging;

/// <summary>
/// Renders notification templates with Fluid (Liquid), strictly: a variable the kind does not offer or an unknown filter is
/// an error. Model values are converted to text first: UTC <see cref="DateTime"/>s to local <c>yyyy-MM-dd HH:mm</c> in the
/// recipient's IANA zone, <see cref="DateOnly"/>s to <c>yyyy-MM-dd</c>, <see cref="NotificationMoney"/> to <c>49.00 EUR</c>, booleans to <c>true</c>/<c>false</c>.
/// Output is plain text (no HTML encoding).
/// </summary>
public static class NotificationTemplateRenderer
{
    private static readonly FluidParser s_parser = new();
    private static readonly TemplateOptions s_options = new TemplateOptionsBuilder()
        .WithStrictVariables(true).WithStrictFilters(true).WithMaxSteps(10_000).Build();

    /// <summary>Renders <paramref name="template"/> with <paramref name="model"/> for a recipient in <paramref name="timeZoneId"/>.</summary>
    /// <exception cref="BusinessException"><see cref="MessagingErrorCodes.InvalidTemplate"/> when it does not parse or uses an unknown variable.</exception>
    public static RenderedNotification Render(NotificationTemplate template, IReadOnlyDictionary<string, object?> model, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(model);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) ?? DateTimeZone.Utc;
        return new RenderedNotification(
            RenderOne(template.Subject, "subject", model, zone).Trim(),
            RenderOne(template.Body, "body", model, zone).Trim());
    }

    /// <summary>Checks that <paramref name="template"/> parses and renders with the sample model of <paramref name="kind"/>.</summary>
    /// <exception cref="BusinessException"><see cref="MessagingErrorCodes.InvalidTemplate"/> with the field (<c>subject</c> or <c>body</c>) and the reason.</exception>
    public static RenderedNotification Validate(NotificationKind kind, NotificationTemplate template) =>
        Render(template, NotificationTemplateLibrary.GetSampleModel(kind), "UTC");

    private static string RenderOne(string source, string field, IReadOnlyDictionary<string, object?> model, DateTimeZone zone)
    {
        if (!s_parser.TryParse(source, out var parsed, out var error))
        {
            throw Invalid(field, error.Split('\n')[0].Trim());
        }

        var context = new TemplateContext(s_options);
        foreach (var (name, value) in model)
        {
            context.SetValue(name, Format(value, zone));
        }

        try
        {
            return parsed.Render(context);
        }
        catch (FluidException e)
        {
            throw Invalid(field, e.Message);
        }
    }

    private static BusinessException Invalid(string field, string reason) =>
        new BusinessException(MessagingErrorCodes.InvalidTemplate, $"The {field} template is not valid: {reason}")
            .WithData("field", field).WithData("reason", reason);

    /// <summary>A model value as text (see the class remarks).</summary>
    public static string Format(object? value, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return value switch
        {
            null => "",
            DateTime utc => Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone).LocalDateTime
                .ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }
}
