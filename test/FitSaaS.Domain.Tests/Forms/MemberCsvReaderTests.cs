using System.Text;
using FitSaaS.Forms;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Forms;

public sealed class MemberCsvReaderTests
{
    [Fact]
    public void Read_QuotedFieldsBomCrLfAndExtraExportColumns_GivesTheTrimmedCellsByColumn()
    {
        var text = "\uFEFFmember_id, Email ,FIRST_NAME,last_name,joined_at\r\n" +
                   "x,ann@example.test,\"Ann, \"\"Annie\"\"\",\"Lee\r\nSmith\",2026-01-01T00:00:00Z\r\n" +
                   "\r\n" +
                   "y,  bob@example.test  ,,,\r\n";

        var file = MemberCsvReader.Read(Encoding.UTF8.GetBytes(text), 10);

        file.HeaderFieldCount.ShouldBe(5);
        file.Rows.Count.ShouldBe(2);
        file.Rows[0].ShouldBe(new MemberImportRow(2, 2, 5, "ann@example.test", "Ann, \"Annie\"", "Lee\r\nSmith", null, null));
        file.Rows[1].ShouldBe(new MemberImportRow(3, 5, 5, "bob@example.test", null, null, null, null));
    }

    [Fact]
    public void Read_ARowWithAnotherFieldCount_IsReturnedForTheManagerToReport()
    {
        var file = MemberCsvReader.Read(Encoding.UTF8.GetBytes("email,phone\na@example.test\nb@example.test,1,2\n"), 10);

        file.Rows.Select(r => (r.Row, r.FieldCount, r.Email, r.Phone)).ShouldBe([(2, 1, "a@example.test", null), (3, 3, "b@example.test", "1")]);
    }

    [Theory]
    [InlineData("email,first_name\na@example.test,Ann\nb@example.test,\"Bob\nc@example.test,Cid\n", 3L, "malformed quoting")]
    [InlineData("email,first_name\na@example.test,An\"n\n", 2L, "malformed quoting")]
    [InlineData("email,first_name\na@example.test,\"Ann\"x\n", 2L, "malformed quoting")]
    public void Read_BrokenQuoting_IsRefusedWithTheRow(string text, long row, string reason)
    {
        var refused = Should.Throw<BusinessException>(() => MemberCsvReader.Read(Encoding.UTF8.GetBytes(text), 10));

        refused.Code.ShouldBe(FormsErrorCodes.ImportCsvMalformed);
        refused.Details["row"].ShouldBe(row);
        refused.Details["reason"].ShouldBe(reason);
        refused.Message.ShouldNotContain("Ann", Case.Sensitive, "values are personal data, never in a message");
    }

    [Theory]
    [InlineData("first_name\nAnn\n", "missing", "email")]
    [InlineData("email,nickname\na@example.test,x\n", "unknown", "nickname")]
    [InlineData("email,Email\na@example.test,b@example.test\n", "duplicate", "email")]
    public void Read_AWrongHeader_IsRefusedSayingWhatIsWrong(string text, string key, string column)
    {
        var refused = Should.Throw<BusinessException>(() => MemberCsvReader.Read(Encoding.UTF8.GetBytes(text), 10));

        refused.Code.ShouldBe(FormsErrorCodes.ImportHeaderInvalid);
        ((IEnumerable<string>)refused.Details[key]!).ShouldContain(column);
        ((IEnumerable<string>)refused.Details["expected"]!).ShouldBe(MemberCsvColumns.Imported);
    }

    [Fact]
    public void Read_NoRows_TooManyRows_NotUtf8_AreRefused()
    {
        Should.Throw<BusinessException>(() => MemberCsvReader.Read(Encoding.UTF8.GetBytes("email\n"), 10)).Code.ShouldBe(FormsErrorCodes.ImportEmpty);
        Should.Throw<BusinessException>(() => MemberCsvReader.Read(Encoding.UTF8.GetBytes("email\na@x.test\nb@x.test\nc@x.test\n"), 2)).Code.ShouldBe(FormsErrorCodes.ImportTooManyRows);
        MemberCsvReader.Read(Encoding.UTF8.GetBytes("email\na@x.test\nb@x.test\n"), 2).Rows.Count.ShouldBe(2);
        var latin1 = Should.Throw<BusinessException>(() => MemberCsvReader.Read(Encoding.Latin1.GetBytes("email,first_name\nj@x.test,José\n"), 10));
        latin1.Code.ShouldBe(FormsErrorCodes.ImportCsvMalformed);
        latin1.Details["reason"].ShouldBe("not UTF-8");
    }
}
