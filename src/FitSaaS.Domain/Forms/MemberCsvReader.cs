using System.Text;
using System.Text.Unicode;
using CsvHelper;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Forms;

/// <summary>
/// Reads a member CSV (RFC 4180, UTF-8 with or without a byte order mark, comma-separated, a header row; the columns of
/// <see cref="MemberCsvColumns"/>) with CsvHelper. Reading is strict about the file and lenient about the rows: a file that is
/// not valid CSV, not UTF-8 or has a wrong header is refused as a whole; a row with the wrong number of fields is returned
/// (and reported by <see cref="MemberImportManager"/>) like any other invalid row.
/// </summary>
public static class MemberCsvReader
{
    /// <summary>Largest record accepted, in bytes (a quote left open at the start of a file stops here, not at the end).</summary>
    private const int MaxRecordBytes = 64 * 1024;

    /// <summary>Reads the file's rows.</summary>
    /// <param name="csv">The whole file (the caller bounds its size).</param>
    /// <param name="maxRows">Most data rows accepted.</param>
    /// <exception cref="BusinessException">
    /// <see cref="FormsErrorCodes.ImportCsvMalformed"/> (not UTF-8, bad quoting; data <c>row</c>, <c>line</c>, <c>reason</c>),
    /// <see cref="FormsErrorCodes.ImportHeaderInvalid"/>, <see cref="FormsErrorCodes.ImportEmpty"/>,
    /// <see cref="FormsErrorCodes.ImportTooManyRows"/>.
    /// </exception>
    public static MemberCsvFile Read(ReadOnlyMemory<byte> csv, int maxRows)
    {
        if (!Utf8.IsValid(csv.Span))
        {
            throw Malformed(0, 0, "not UTF-8", "The file is not UTF-8 text: save it as \"CSV UTF-8\".");
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            TrackLineNumbers = true,
            // Values are personal data: never in an exception message (and so never in a log).
            IncludeValuesInExceptions = false,
            TrimWhitespace = true,
            MaxRecordSize = MaxRecordBytes,
            DetectSeparatorHint = false,
        };
        try
        {
            using var reader = CsvReader.Create(csv, options);
            reader.ReadHeader();
            var columns = ReadHeader(reader);
            var rows = new List<MemberImportRow>();
            while (reader.Read())
            {
                if (rows.Count == maxRows)
                {
                    throw new BusinessException(FormsErrorCodes.ImportTooManyRows, $"An import takes at most {maxRows} rows: split the file.")
                        .WithData("maxRows", maxRows);
                }

                rows.Add(new MemberImportRow(
                    checked((int)reader.RowNumber + 1),
                    reader.LineNumber,
                    reader.FieldCount,
                    Cell(reader, columns, MemberCsvColumns.Email),
                    Cell(reader, columns, MemberCsvColumns.FirstName),
                    Cell(reader, columns, MemberCsvColumns.LastName),
                    Cell(reader, columns, MemberCsvColumns.Phone),
                    Cell(reader, columns, MemberCsvColumns.DateOfBirth)));
            }

            if (rows.Count == 0)
            {
                throw new BusinessException(FormsErrorCodes.ImportEmpty, "The file has a header but no member rows.");
            }

            return new MemberCsvFile(reader.Headers.Count, rows);
        }
        catch (CsvFormatException ex)
        {
            throw Malformed(ex.RecordNumber, ex.LineNumber, "malformed quoting", $"The file is not valid CSV at row {ex.RecordNumber} (line {ex.LineNumber}): check its quotes.", ex);
        }
    }

    private static Dictionary<string, int> ReadHeader(CsvReader reader)
    {
        var names = reader.Headers.Select(h => (h ?? string.Empty).Trim().ToLowerInvariant()).ToList();
        var known = MemberCsvColumns.Imported.Concat(MemberCsvColumns.Ignored).ToHashSet(StringComparer.Ordinal);
        var unknown = names.Where(n => !known.Contains(n)).Distinct(StringComparer.Ordinal).ToList();
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var missing = names.Contains(MemberCsvColumns.Email) ? [] : new List<string> { MemberCsvColumns.Email };
        if (unknown.Count > 0 || duplicate.Count > 0 || missing.Count > 0)
        {
            var hint = names.Count == 1 && names[0].Contains(';', StringComparison.Ordinal) ? " The file looks semicolon-separated: use commas." : string.Empty;
            throw new BusinessException(
                    FormsErrorCodes.ImportHeaderInvalid,
                    $"The header row must name the columns {string.Join(", ", MemberCsvColumns.Imported)} (email required), each once.{hint}")
                .WithData("missing", missing)
                .WithData("unknown", unknown)
                .WithData("duplicate", duplicate)
                .WithData("expected", MemberCsvColumns.Imported);
        }

        return names.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index, StringComparer.Ordinal);
    }

    private static string? Cell(CsvReader reader, Dictionary<string, int> columns, string column)
    {
        if (!columns.TryGetValue(column, out var index) || index >= reader.FieldCount)
        {
            return null;
        }

        var value = reader.GetString(index).Trim();
        return value.Length == 0 ? null : value;
    }

    private static BusinessException Malformed(long row, long line, string reason, string message, Exception? inner = null) =>
        new BusinessException(FormsErrorCodes.ImportCsvMalformed, message, inner)
            .WithData("row", row)
            .WithData("line", line)
            .WithData("reason", reason);
}
