namespace Portal.Documents;

/// <summary>A piece of paragraph text in one style.</summary>
public readonly record struct TextRun(string Text, bool Bold = false, float Size = PdfStyle.BodySize);
