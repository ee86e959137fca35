using Portal.Domain.ContactPersons;

namespace Portal.Tests.Domain;

public class ConflictDeclarationTests
{
    [Fact]
    public void An_empty_declaration_asks_for_the_staff_member_and_the_reason_in_Danish()
    {
        var errors = new ConflictDeclaration().Validate();

        Assert.Equal("Vælg medarbejderen, der er inhabil.", errors["StaffId"]);
        Assert.Equal("Vælg, hvorfor der er inhabilitet.", errors["Reason"]);
        Assert.Null(errors["Note"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Andet_needs_a_note(string? note)
    {
        var errors = new ConflictDeclaration { StaffId = 7, Reason = ConflictReason.Andet, Note = note }.Validate();

        Assert.Equal("Beskriv kort, hvorfor der er inhabilitet.", Assert.Single(errors.All).Value);
        Assert.Equal("Beskriv kort, hvorfor der er inhabilitet.", errors["Note"]);
    }

    [Fact]
    public void The_note_has_a_length_limit()
    {
        var errors = new ConflictDeclaration { StaffId = 7, Reason = ConflictReason.KenderBorgeren, Note = new string('x', ConflictOfInterest.NoteMax + 1) }.Validate();

        Assert.Equal($"Uddybningen må højst være {ConflictOfInterest.NoteMax} tegn (der er {ConflictOfInterest.NoteMax + 1}).", errors["Note"]);
    }

    [Theory]
    [InlineData(ConflictReason.KenderBorgeren, null)]
    [InlineData(ConflictReason.KenderModparten, "Hendes bror er min nabo.")]
    [InlineData(ConflictReason.Andet, "Vi har gået i klasse sammen.")]
    public void A_complete_declaration_is_valid(ConflictReason reason, string? note) =>
        Assert.True(new ConflictDeclaration { StaffId = 7, Reason = reason, Note = note }.Validate().IsValid);

    [Fact]
    public void The_case_refuses_what_the_form_refuses_with_the_same_message()
    {
        var visitator = TestData.Staff(1, Portal.Domain.Staff.Role.Visitator, "Mette Lund");
        var c = TestData.NewCase(visitator: visitator);

        var ex = Assert.Throws<Portal.Domain.Validation.DomainValidationException>(() => c.DeclareConflict(visitator, ConflictReason.Andet, " ", visitator, TestData.Now));

        Assert.Equal(ConflictDeclaration.NoteRequired, ex.Errors["Note"]);
        Assert.Empty(c.Conflicts);
    }
}
