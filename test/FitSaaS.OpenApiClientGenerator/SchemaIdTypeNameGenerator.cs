using System.Text.RegularExpressions;
using NJsonSchema;

namespace FitSaaS.OpenApiClientGenerator;

/// <summary>
/// C# type names for the document's schema ids (full CLR names, ADR 0024): the last segment of each part of a generic id
/// (<c>FitSaaS.Framework.Application.PagedResultDtoOfFitSaaS.Bookings.BookingDto</c> → <c>PagedResultDtoOfBookingDto</c>,
/// <c>FitSaaS.Bookings.BookingDto</c> → <c>BookingDto</c>); NSwag's default keeps only the last dotted segment, so every
/// paged result would collide with its item type.
/// </summary>
internal sealed partial class SchemaIdTypeNameGenerator : DefaultTypeNameGenerator
{
    protected override string Generate(JsonSchema schema, string? typeNameHint)
    {
        if (typeNameHint is not null)
        {
            typeNameHint = string.Join("Of", GenericSeparator().Split(typeNameHint)
                .Select(part => part[(part.LastIndexOf('.') + 1)..]));
        }

        return base.Generate(schema, typeNameHint);
    }

    /// <summary>The <c>Of</c> before a generic argument's full name (<c>…DtoOfFitSaaS.…</c>), not the one in <c>OfferDto</c>.</summary>
    [GeneratedRegex(@"(?<=\w)Of(?=[A-Z][A-Za-z0-9_]*\.)")]
    private static partial Regex GenericSeparator();
}
