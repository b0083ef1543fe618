"""Screenshots of the import wizard: the mapping step and the report step, over a small multilingual file."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from crmdesk.services.customers import CustomerListQuery
from crmdesk.ui.importing.wizard import open_import_wizard
from crmdesk.ui.main_window import MainWindow

MAPPING_SHOT = "import-mapping.png"
REPORT_SHOT = "import-report.png"
WIZARD_SIZE = (980, 620)

SAMPLE = (
    "Vārds, uzvārds;E-pasts;Tālrunis;Uzņēmums;Adrese;Pilsēta;Pasta indekss;Valsts;Piezīmes\n"
    "Jānis Ozoliņš;janis.ozolins@example.lv;29 123 457;SIA Ozols;Ģertrūdes iela 12;Rīga;LV-1011;Latvija;Pastāvīgais klients\n"
    "Līga Šķēle;liga@example;+371 26 555 111;;Čiekurkalna 3;Liepāja;LV-3401;LV;\n"
    "Иван Петров;ivan.petrov@example.ru;+7 912 345 67 80;ООО Ромашка;ул. Ленина 5;Москва;101000;Россия;\n"
    "مریم رضایی;maryam@example.ir;+98 912 123 4567;;خیابان ولیعصر ۱۲;تهران;;ایران;مشتری جدید\n"
    "Anna Svensson;anna@acme.se;070-12;Acme AB;Storgatan 1;Göteborg;411 01;Sverige;\n"
    "{dup_name};{dup_email};;;;;;;\n"
)


def import_shots(
    window: MainWindow, out_dir: Path, *, settle: Callable[[], None], save: Callable[[QWidget, Path], Path]
) -> list[Path]:
    """Open File ▸ Import… on a sample file; save the mapping step and the validation report step."""
    services = window.services
    if services is None:
        return []
    ids = list(services.customers.ids(CustomerListQuery()))[:1]
    existing = services.customer_editor.get(ids[0]) if ids else None
    dup_name = existing.name if existing else "Jānis Bērziņš"
    dup_email = existing.emails[0].email if existing and existing.emails else "janis@berzini.lv"
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="crmdesk-import-shot-") as tmp:
        path = Path(tmp) / "klienti.csv"
        path.write_text(SAMPLE.format(dup_name=dup_name, dup_email=dup_email), encoding="utf-8")
        wizard = open_import_wizard(window, path)
        if wizard is None:
            return []
        wizard.resize(*WIZARD_SIZE)
        settle()
        wizard.next()
        settle()
        shots.append(save(wizard, out_dir / MAPPING_SHOT))
        wizard.next()
        settle()
        shots.append(save(wizard, out_dir / REPORT_SHOT))
        wizard.reject()
        settle()
    return shots
