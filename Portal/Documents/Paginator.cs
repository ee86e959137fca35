namespace Portal.Documents;

/// <summary>A piece of a block at its position on a page.</summary>
internal readonly record struct PlacedBlock(LayoutBlock Block, float Top);

/// <summary>Distributes laid-out blocks over pages; nothing is drawn yet, so the page count is known before drawing.</summary>
internal static class Paginator
{
    public static List<List<PlacedBlock>> Paginate(IReadOnlyList<LayoutBlock> blocks, PdfPageSetup setup)
    {
        var pages = new List<List<PlacedBlock>> { new() };
        var y = setup.BodyTop;
        LayoutBlock? previous = null;

        void NewPage()
        {
            pages.Add([]);
            y = setup.BodyTop;
            previous = null;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is PageBreakBlock)
            {
                if (previous is not null) NewPage();
                continue;
            }

            var block = blocks[i];
            while (true)
            {
                var atTop = previous is null;
                var gap = Gap(previous, block);
                var available = setup.BodyBottom - y - gap;

                if (!atTop && block.KeepWithNext && KeptHeight(blocks, i) > available)
                {
                    NewPage();
                    continue;
                }

                var (head, tail) = block.Split(available, atTop);
                if (head is not null)
                {
                    pages[^1].Add(new PlacedBlock(head, y + gap));
                    y += gap + head.Height;
                    previous = head;
                }

                if (tail is null) break;
                NewPage();
                block = tail;
            }
        }

        if (pages.Count > 1 && pages[^1].Count == 0) pages.RemoveAt(pages.Count - 1);
        return pages;
    }

    // Space between two blocks; after a heading only the heading's own (small) space counts.
    private static float Gap(LayoutBlock? previous, LayoutBlock next) =>
        previous is null ? 0f
        : previous.KeepWithNext ? previous.SpaceAfter
        : Math.Max(previous.SpaceAfter, next.SpaceBefore);

    // A keep-with-next block needs room for itself, any keep-with-next blocks after it, and the first line of what follows.
    private static float KeptHeight(IReadOnlyList<LayoutBlock> blocks, int index)
    {
        var height = blocks[index].Height;
        for (var j = index + 1; j < blocks.Count && blocks[j] is not PageBreakBlock; j++)
        {
            height += Gap(blocks[j - 1], blocks[j]);
            if (!blocks[j].KeepWithNext) return height + blocks[j].FirstUnitHeight;
            height += blocks[j].Height;
        }

        return height;
    }
}
