"""Make ReportLab's PDF a PDF/A-3b as far as can be checked here: every font is embedded (the layout
only uses the embedded TTFs, also as the canvas' initial font), an sRGB OutputIntent, and XMP metadata
that claims PDF/A-3 and agrees with the document information dictionary."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from functools import lru_cache

import pikepdf
from PIL import ImageCms


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """An sRGB ICC profile (Pillow's built-in little-cms profile)."""
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    data: bytes = profile.tobytes()
    return data


def make_pdfa(pdf_bytes: bytes, *, title: str, author: str, language: str) -> bytes:
    """``pdf_bytes`` with an sRGB OutputIntent and PDF/A-3b XMP (an existing XMP, e.g. Factur-X's,
    is kept and completed)."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        if "/OutputIntents" not in pdf.Root:
            icc = pikepdf.Stream(pdf, srgb_profile())
            icc["/N"] = 3
            intent = pikepdf.Dictionary(
                Type=pikepdf.Name.OutputIntent,
                S=pikepdf.Name.GTS_PDFA1,
                OutputConditionIdentifier="sRGB IEC61966-2.1",
                Info="sRGB IEC61966-2.1",
                RegistryName="http://www.color.org",
                DestOutputProfile=icc,
            )
            pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(intent)])
        pdf.Root.Lang = pikepdf.String(language)
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["pdfaid:part"] = "3"
            meta["pdfaid:conformance"] = "B"
            meta["dc:title"] = title
            meta["dc:creator"] = [author or "crmdesk"]
            meta["xmp:CreatorTool"] = "crmdesk"
            meta["pdf:Producer"] = "ReportLab, pikepdf"
            now = datetime.now(UTC).replace(microsecond=0).isoformat()
            meta.setdefault("xmp:CreateDate", now)
            meta["xmp:ModifyDate"] = now
            meta["xmp:MetadataDate"] = now
        out = io.BytesIO()
        # Streams are copied as ReportLab and factur-x wrote them (already deflated); only the new
        # ICC profile and the XMP packet (which PDF/A wants unfiltered) are written plain.
        pdf.save(
            out,
            fix_metadata_version=True,
            min_version="1.7",
            compress_streams=False,
            stream_decode_level=pikepdf.StreamDecodeLevel.none,
        )
        return out.getvalue()
