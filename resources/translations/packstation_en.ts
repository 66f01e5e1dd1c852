<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPages</name>
    <message>
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <source>Discard the changes to %1 that are not saved?</source>
        <translation>Discard the changes to %1 that are not saved?</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these %n problem(s) and save again:</source>
        <translation>Nothing was changed. Fix these %n problem(s) and save again:</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <source>Boxes (Alt+1)</source>
        <translation>Boxes (Alt+1)</translation>
    </message>
    <message>
        <source>Carriers (Alt+2)</source>
        <translation>Carriers (Alt+2)</translation>
    </message>
    <message>
        <source>Services and size classes (Alt+3)</source>
        <translation>Services and size classes (Alt+3)</translation>
    </message>
    <message>
        <source>Rate tables (Alt+4)</source>
        <translation>Rate tables (Alt+4)</translation>
    </message>
    <message>
        <source>Products (Alt+5)</source>
        <translation>Products (Alt+5)</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>System printer (PDF)</source>
        <translation>System printer (PDF)</translation>
    </message>
    <message>
        <source>CUPS raw queue</source>
        <translation>CUPS raw queue</translation>
    </message>
    <message>
        <source>Network, raw TCP 9100</source>
        <translation>Network, raw TCP 9100</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <source>Chilled</source>
        <translation>Chilled</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Noshi: %1</source>
        <translation>Noshi: %1</translation>
    </message>
    <message>
        <source>Gift wrapping</source>
        <translation>Gift wrapping</translation>
    </message>
    <message>
        <source>Message card: %1</source>
        <translation>Message card: %1</translation>
    </message>
    <message>
        <source>This side up</source>
        <translation>This side up</translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation>Fragile</translation>
    </message>
    <message>
        <source>Delivery %1</source>
        <translation>Delivery %1</translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation>Time %1</translation>
    </message>
    <message>
        <source>COD ¥%1</source>
        <translation>COD ¥%1</translation>
    </message>
    <message>
        <source>Enclose: %1</source>
        <translation>Enclose: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>morning</translation>
    </message>
    <message>
        <source>confirm %1</source>
        <translation>confirm %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>Enclosures</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BoxColumns</name>
    <message>
        <source>envelope</source>
        <translation>envelope</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Inside (mm)</source>
        <translation>Inside (mm)</translation>
    </message>
    <message>
        <source>Outside (mm)</source>
        <translation>Outside (mm)</translation>
    </message>
    <message>
        <source>Tare (g)</source>
        <translation>Tare (g)</translation>
    </message>
    <message>
        <source>Cost (¥)</source>
        <translation>Cost (¥)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>BoxesPage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Inside (mm)</source>
        <translation>Inside (mm)</translation>
    </message>
    <message>
        <source>Outside (mm)</source>
        <translation>Outside (mm)</translation>
    </message>
    <message>
        <source>Tare (g)</source>
        <translation>Tare (g)</translation>
    </message>
    <message>
        <source>Cost (¥)</source>
        <translation>Cost (¥)</translation>
    </message>
    <message>
        <source>Max load (g)</source>
        <translation>Max load (g)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Envelope (thin services)</source>
        <translation>Envelope (thin services)</translation>
    </message>
    <message>
        <source>Active (offered to packers)</source>
        <translation>Active (offered to packers)</translation>
    </message>
    <message>
        <source>New box (Ctrl+N)</source>
        <translation>New box (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Box %1 added.</source>
        <translation>Box %1 added.</translation>
    </message>
    <message>
        <source>Box %1 saved.</source>
        <translation>Box %1 saved.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Count the same item again (Ctrl+Shift+K)</source>
        <translation>Count the same item again (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Camera off (Ctrl+K)</source>
        <translation>Camera off (Ctrl+K)</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <source>Camera %1: hold each item&apos;s barcode in view (Ctrl+K: camera off)</source>
        <translation>Camera %1: hold each item&apos;s barcode in view (Ctrl+K: camera off)</translation>
    </message>
    <message>
        <source>Evidence video not recorded: %1 Scanning goes on.</source>
        <translation>Evidence video not recorded: %1 Scanning goes on.</translation>
    </message>
    <message>
        <source>No camera picture</source>
        <translation>No camera picture</translation>
    </message>
    <message>
        <source>Camera %1 is busy or gives no picture: close the other program using it, then press Ctrl+K.</source>
        <translation>Camera %1 is busy or gives no picture: close the other program using it, then press Ctrl+K.</translation>
    </message>
    <message>
        <source>Camera %1 stopped giving pictures: check its cable, then press Ctrl+K.</source>
        <translation>Camera %1 stopped giving pictures: check its cable, then press Ctrl+K.</translation>
    </message>
    <message>
        <source>Camera %1 not found: plug it in, or choose another camera in the settings (F11), then press Ctrl+K.</source>
        <translation>Camera %1 not found: plug it in, or choose another camera in the settings (F11), then press Ctrl+K.</translation>
    </message>
    <message>
        <source>The camera stopped: %1 Keep scanning by hand.</source>
        <translation>The camera stopped: %1 Keep scanning by hand.</translation>
    </message>
</context>
<context>
    <name>CarrierExportDialog</name>
    <message>
        <source>Carrier CSV (label data)</source>
        <translation>Carrier CSV (label data)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Check only (F5)</source>
        <translation>Check only (F5)</translation>
    </message>
    <message>
        <source>Write file (Enter)</source>
        <translation>Write file (Enter)</translation>
    </message>
    <message>
        <source>Layout… (Ctrl+L)</source>
        <translation>Layout… (Ctrl+L)</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Save the carrier CSV</source>
        <translation>Save the carrier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation>Choose where to save the file first.</translation>
    </message>
    <message>
        <source>Reading the packed orders…</source>
        <translation>Reading the packed orders…</translation>
    </message>
    <message>
        <source>No packed order is waiting for this carrier.</source>
        <translation>No packed order is waiting for this carrier.</translation>
    </message>
    <message>
        <source>%1 orders written to %2 and marked as handed over.</source>
        <translation>%1 orders written to %2 and marked as handed over.</translation>
    </message>
    <message>
        <source>Check only: %1 orders would be written. No file, nothing marked.</source>
        <translation>Check only: %1 orders would be written. No file, nothing marked.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) below: each was made so the carrier can read the file.</source>
        <translation>
            <numerusform>%n change(s) below: each was made so the carrier can read the file.</numerusform>
            <numerusform>%n change(s) below: each was made so the carrier can read the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packed order(s) have no carrier service chosen and were left out.</source>
        <translation>
            <numerusform>%n packed order(s) have no carrier service chosen and were left out.</numerusform>
            <numerusform>%n packed order(s) have no carrier service chosen and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character replaced (not in cp932)</source>
        <translation>Character replaced (not in cp932)</translation>
    </message>
    <message>
        <source>Cut to the carrier&apos;s length</source>
        <translation>Cut to the carrier&apos;s length</translation>
    </message>
    <message>
        <source>No code in the layout: left empty</source>
        <translation>No code in the layout: left empty</translation>
    </message>
    <message>
        <source>Began with = + - @: written as text (leading &apos;)</source>
        <translation>Began with = + - @: written as text (leading &apos;)</translation>
    </message>
    <message>
        <source>Nothing was written or marked.</source>
        <translation>Nothing was written or marked.</translation>
    </message>
</context>
<context>
    <name>CarrierLayoutDialog</name>
    <message>
        <source>Carrier CSV layout</source>
        <translation>Carrier CSV layout</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Date format</translation>
    </message>
    <message>
        <source>Orders with no service</source>
        <translation>Orders with no service</translation>
    </message>
    <message>
        <source>Tracking file: order no. column</source>
        <translation>Tracking file: order no. column</translation>
    </message>
    <message>
        <source>Tracking file: tracking no. column</source>
        <translation>Tracking file: tracking no. column</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>Sender phone</source>
        <translation>Sender phone</translation>
    </message>
    <message>
        <source>Sender postal code</source>
        <translation>Sender postal code</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <source>Sender building</source>
        <translation>Sender building</translation>
    </message>
    <message>
        <source>The file starts with the column names</source>
        <translation>The file starts with the column names</translation>
    </message>
    <message>
        <source>Export them with this carrier too</source>
        <translation>Export them with this carrier too</translation>
    </message>
    <message>
        <source>General (Ctrl+1)</source>
        <translation>General (Ctrl+1)</translation>
    </message>
    <message>
        <source>Columns (Ctrl+2)</source>
        <translation>Columns (Ctrl+2)</translation>
    </message>
    <message>
        <source>Codes (Ctrl+3)</source>
        <translation>Codes (Ctrl+3)</translation>
    </message>
    <message>
        <source>Column name</source>
        <translation>Column name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Max bytes (全角 = 2)</source>
        <translation>Max bytes (全角 = 2)</translation>
    </message>
    <message>
        <source>Width (full/half)</source>
        <translation>Width (full/half)</translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation>Fixed value</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message>
        <source>Group (service, service_cod, cool, time_slot, payment)</source>
        <translation>Group (service, service_cod, cool, time_slot, payment)</translation>
    </message>
    <message>
        <source>Our value</source>
        <translation>Our value</translation>
    </message>
    <message>
        <source>Carrier code</source>
        <translation>Carrier code</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Add column</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Remove column</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>Add code</translation>
    </message>
    <message>
        <source>Remove code</source>
        <translation>Remove code</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>CarrierProblems</name>
    <message>
        <source>no order number</source>
        <translation>no order number</translation>
    </message>
    <message>
        <source>no tracking number</source>
        <translation>no tracking number</translation>
    </message>
    <message>
        <source>tracking number &apos;%1&apos; fails its check digit</source>
        <translation>tracking number &apos;%1&apos; fails its check digit</translation>
    </message>
    <message>
        <source>order &apos;%1&apos; is also on row %2</source>
        <translation>order &apos;%1&apos; is also on row %2</translation>
    </message>
    <message>
        <source>tracking number &apos;%1&apos; is also on row %2 (order %3)</source>
        <translation>tracking number &apos;%1&apos; is also on row %2 (order %3)</translation>
    </message>
    <message>
        <source>no order &apos;%1&apos;</source>
        <translation>no order &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tracking number &apos;%1&apos; already belongs to order %2</source>
        <translation>tracking number &apos;%1&apos; already belongs to order %2</translation>
    </message>
    <message>
        <source>order %1 was shipped with tracking number %2</source>
        <translation>order %1 was shipped with tracking number %2</translation>
    </message>
    <message>
        <source>order %1 is %2, not packed</source>
        <translation>order %1 is %2, not packed</translation>
    </message>
    <message>
        <source>order %1 was exported for %2, not %3</source>
        <translation>order %1 was exported for %2, not %3</translation>
    </message>
    <message>
        <source>column not found in the header row</source>
        <translation>column not found in the header row</translation>
    </message>
    <message>
        <source>the file is neither cp932 (Shift_JIS) nor UTF-8 text</source>
        <translation>the file is neither cp932 (Shift_JIS) nor UTF-8 text</translation>
    </message>
    <message>
        <source>order number &apos;%1&apos; does not fit the carrier&apos;s field (%2)</source>
        <translation>order number &apos;%1&apos; does not fit the carrier&apos;s field (%2)</translation>
    </message>
    <message>
        <source>the layout has no columns</source>
        <translation>the layout has no columns</translation>
    </message>
    <message>
        <source>empty column name</source>
        <translation>empty column name</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation>&apos;%1&apos; appears twice</translation>
    </message>
    <message>
        <source>has characters cp932 cannot hold</source>
        <translation>has characters cp932 cannot hold</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;</source>
        <translation>unknown source &apos;%1&apos;</translation>
    </message>
    <message>
        <source>negative length</source>
        <translation>negative length</translation>
    </message>
    <message>
        <source>unknown width &apos;%1&apos;</source>
        <translation>unknown width &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>no account name</source>
        <translation>no account name</translation>
    </message>
    <message>
        <source>tracking order column</source>
        <translation>tracking order column</translation>
    </message>
    <message>
        <source>tracking number column</source>
        <translation>tracking number column</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>add columns</source>
        <translation>add columns</translation>
    </message>
    <message>
        <source>name the column</source>
        <translation>name the column</translation>
    </message>
    <message>
        <source>give each column its own name</source>
        <translation>give each column its own name</translation>
    </message>
    <message>
        <source>use characters from the carrier&apos;s character set</source>
        <translation>use characters from the carrier&apos;s character set</translation>
    </message>
    <message>
        <source>choose one of: %1</source>
        <translation>choose one of: %1</translation>
    </message>
    <message>
        <source>enter 0 (no limit) or the carrier&apos;s length in bytes</source>
        <translation>enter 0 (no limit) or the carrier&apos;s length in bytes</translation>
    </message>
    <message>
        <source>choose full, half or leave empty</source>
        <translation>choose full, half or leave empty</translation>
    </message>
    <message>
        <source>name the column of the carrier&apos;s issued-data CSV (or #n for the n-th column)</source>
        <translation>name the column of the carrier&apos;s issued-data CSV (or #n for the n-th column)</translation>
    </message>
    <message>
        <source>name the account</source>
        <translation>name the account</translation>
    </message>
    <message>
        <source>fill in the order number the export wrote, or delete the row</source>
        <translation>fill in the order number the export wrote, or delete the row</translation>
    </message>
    <message>
        <source>issue the label in the carrier software first, or delete the row</source>
        <translation>issue the label in the carrier software first, or delete the row</translation>
    </message>
    <message>
        <source>correct the number from the printed label</source>
        <translation>correct the number from the printed label</translation>
    </message>
    <message>
        <source>keep one row per order (one label per order)</source>
        <translation>keep one row per order (one label per order)</translation>
    </message>
    <message>
        <source>each label has its own number: correct the number or the order on one of the rows</source>
        <translation>each label has its own number: correct the number or the order on one of the rows</translation>
    </message>
    <message>
        <source>check the order number; import the order first if it is missing</source>
        <translation>check the order number; import the order first if it is missing</translation>
    </message>
    <message>
        <source>delete the row, or correct the number</source>
        <translation>delete the row, or correct the number</translation>
    </message>
    <message>
        <source>pack the order before attaching its tracking number</source>
        <translation>pack the order before attaching its tracking number</translation>
    </message>
    <message>
        <source>import this file as %1, or export the order again for %2</source>
        <translation>import this file as %1, or export the order again for %2</translation>
    </message>
    <message>
        <source>export the issued data with this column, or change the column name in the carrier layout</source>
        <translation>export the issued data with this column, or change the column name in the carrier layout</translation>
    </message>
    <message>
        <source>export the issued data from the carrier software again as CSV</source>
        <translation>export the issued data from the carrier software again as CSV</translation>
    </message>
    <message>
        <source>shorten the order number, or raise the column&apos;s length in the carrier layout</source>
        <translation>shorten the order number, or raise the column&apos;s length in the carrier layout</translation>
    </message>
    <message>
        <source>%1, row %2, column &apos;%3&apos;: %4 (%5)</source>
        <translation>%1, row %2, column &apos;%3&apos;: %4 (%5)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1, &apos;%2&apos;: %3 (%4)</source>
        <translation>%1, &apos;%2&apos;: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>CarriersPage</name>
    <message>
        <source>Carrier code</source>
        <translation>Carrier code</translation>
    </message>
    <message>
        <source>Carrier name</source>
        <translation>Carrier name</translation>
    </message>
    <message>
        <source>New carrier (Ctrl+N)</source>
        <translation>New carrier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Carrier %1 added.</source>
        <translation>Carrier %1 added.</translation>
    </message>
    <message>
        <source>Carrier %1 saved.</source>
        <translation>Carrier %1 saved.</translation>
    </message>
</context>
<context>
    <name>Cool</name>
    <message>
        <source>Chilled</source>
        <translation>Chilled</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Too many wrong PINs. This user is locked for a few minutes; ask the lead.</source>
        <translation>Too many wrong PINs. This user is locked for a few minutes; ask the lead.</translation>
    </message>
    <message>
        <source>User or PIN not recognised. Scan your badge again and re-enter the PIN.</source>
        <translation>User or PIN not recognised. Scan your badge again and re-enter the PIN.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask a lead or an admin.</source>
        <translation>You are not allowed to do this. Ask a lead or an admin.</translation>
    </message>
    <message>
        <source>Not found. Check the number and scan again.</source>
        <translation>Not found. Check the number and scan again.</translation>
    </message>
    <message>
        <source>This station works with the central database: master data, shop settings, users, orders and the carrier hand-off are handled there (on the admin PC). This station takes the changes at its next sync. Nothing was changed here.</source>
        <translation>This station works with the central database: master data, shop settings, users, orders and the carrier hand-off are handled there (on the admin PC). This station takes the changes at its next sync. Nothing was changed here.</translation>
    </message>
    <message>
        <source>The input has problems; nothing was changed:</source>
        <translation>The input has problems; nothing was changed:</translation>
    </message>
    <message>
        <source>This cannot be done now:</source>
        <translation>This cannot be done now:</translation>
    </message>
    <message>
        <source>A file or device could not be used:</source>
        <translation>A file or device could not be used:</translation>
    </message>
    <message>
        <source>Something went wrong and was not saved. Try again; if it repeats, call the admin.</source>
        <translation>Something went wrong and was not saved. Try again; if it repeats, call the admin.</translation>
    </message>
</context>
<context>
    <name>FloorColumns</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Lease until</source>
        <translation>Lease until</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>FloorDialog</name>
    <message>
        <source>Orders held by stations (Ctrl+H)</source>
        <translation>Orders held by stations (Ctrl+H)</translation>
    </message>
    <message>
        <source>Who holds which order</source>
        <translation>Who holds which order</translation>
    </message>
    <message>
        <source>Sync conflicts (not applied on the server)</source>
        <translation>Sync conflicts (not applied on the server)</translation>
    </message>
    <message>
        <source>Take over to this station (F6)</source>
        <translation>Take over to this station (F6)</translation>
    </message>
    <message>
        <source>Release (F8)</source>
        <translation>Release (F8)</translation>
    </message>
    <message>
        <source>Mark checked (F9)</source>
        <translation>Mark checked (F9)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>%1 orders held, %2 conflicts to check</source>
        <translation>%1 orders held, %2 conflicts to check</translation>
    </message>
    <message>
        <source>Choose an order first</source>
        <translation>Choose an order first</translation>
    </message>
    <message>
        <source>Choose a conflict first</source>
        <translation>Choose a conflict first</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Column layout</source>
        <translation>Column layout</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Map columns…</source>
        <translation>Map columns…</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>Check and import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>CSV file (UTF-8 or Shift_JIS/cp932)</source>
        <translation>CSV file (UTF-8 or Shift_JIS/cp932)</translation>
    </message>
    <message>
        <source>Generic layout (built in)</source>
        <translation>Generic layout (built in)</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file first.</source>
        <translation>Choose the CSV file first.</translation>
    </message>
    <message>
        <source>Saved column layout: %1</source>
        <translation>Saved column layout: %1</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2): %3 added, %4 updated.</source>
        <translation>Imported %1 rows (%2): %3 added, %4 updated.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Import cancelled. Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. Fix these %n problem(s) and import again:</source>
        <translation>
            <numerusform>Nothing was imported. Fix these %n problem(s) and import again:</numerusform>
            <numerusform>Nothing was imported. Fix these %n problem(s) and import again:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <source>Report a mis-shipment… (Ctrl+Shift+M)</source>
        <translation>Report a mis-shipment… (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Hours worked: clock hours with at least one scan. Mis-ship rate: mis-shipments reported against the orders packed in the period, per million orders. Refused scans are near-misses caught at the station, not mis-shipments.</source>
        <translation>Hours worked: clock hours with at least one scan. Mis-ship rate: mis-shipments reported against the orders packed in the period, per million orders. Refused scans are near-misses caught at the station, not mis-shipments.</translation>
    </message>
</context>
<context>
    <name>LineColumns</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>⚠ size/weight missing</source>
        <translation>⚠ size/weight missing</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>packstation — Log in</source>
        <translation>packstation — Log in</translation>
    </message>
    <message>
        <source>Choose your name (or scan your badge):</source>
        <translation>Choose your name (or scan your badge):</translation>
    </message>
    <message>
        <source>Badge or login name</source>
        <translation>Badge or login name</translation>
    </message>
    <message>
        <source>Scan your badge here</source>
        <translation>Scan your badge here</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Enter your PIN and press Enter</source>
        <translation>Enter your PIN and press Enter</translation>
    </message>
    <message>
        <source>Log in (Enter)</source>
        <translation>Log in (Enter)</translation>
    </message>
    <message>
        <source>日本語 / English</source>
        <translation>日本語 / English</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Station: %1</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Scan your badge or choose your name first.</source>
        <translation>Scan your badge or choose your name first.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>packstation — packing station</source>
        <translation>packstation — packing station</translation>
    </message>
    <message>
        <source>Packing (F2)</source>
        <translation>Packing (F2)</translation>
    </message>
    <message>
        <source>Orders (F3)</source>
        <translation>Orders (F3)</translation>
    </message>
    <message>
        <source>Mis-pick review (Ctrl+R)</source>
        <translation>Mis-pick review (Ctrl+R)</translation>
    </message>
    <message>
        <source>Admin (Ctrl+M)</source>
        <translation>Admin (Ctrl+M)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <source>Settings (F11)</source>
        <translation>Settings (F11)</translation>
    </message>
    <message>
        <source>Floor (Ctrl+H)</source>
        <translation>Floor (Ctrl+H)</translation>
    </message>
    <message>
        <source>Printers (Ctrl+Shift+P)</source>
        <translation>Printers (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>日本語 / English (F12)</source>
        <translation>日本語 / English (F12)</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Shift lead</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map CSV columns</source>
        <translation>Map CSV columns</translation>
    </message>
    <message>
        <source>Name of this layout (e.g. the mall or OMS)</source>
        <translation>Name of this layout (e.g. the mall or OMS)</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Save layout</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose, for each field, the column of %1 that holds it. Fields marked * are required.</source>
        <translation>Choose, for each field, the column of %1 that holds it. Fields marked * are required.</translation>
    </message>
    <message>
        <source>Give the layout a name first.</source>
        <translation>Give the layout a name first.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong and was not saved. Try again; if it repeats, call the admin.</source>
        <translation>Something went wrong and was not saved. Try again; if it repeats, call the admin.</translation>
    </message>
    <message>
        <source>Not found. Check the number and scan again.</source>
        <translation>Not found. Check the number and scan again.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask a lead or an admin.</source>
        <translation>You are not allowed to do this. Ask a lead or an admin.</translation>
    </message>
    <message>
        <source>This station works with the central database: master data, shop settings, users, orders and the carrier hand-off are handled there (on the admin PC). This station takes the changes at its next sync. Nothing was changed here.</source>
        <translation>This station works with the central database: master data, shop settings, users, orders and the carrier hand-off are handled there (on the admin PC). This station takes the changes at its next sync. Nothing was changed here.</translation>
    </message>
    <message>
        <source>A file or device could not be used: {detail}</source>
        <translation>A file or device could not be used: {detail}</translation>
    </message>
    <message>
        <source>The input has problems; nothing was changed:</source>
        <translation>The input has problems; nothing was changed:</translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>Stopped; nothing was changed.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;</source>
        <translation>column &apos;{column}&apos;</translation>
    </message>
    <message>
        <source>a quote opened in this row (line {line} of the file) is not closed: the rows after it would be read as the text of one cell and their orders lost</source>
        <translation>a quote opened in this row (line {line} of the file) is not closed: the rows after it would be read as the text of one cell and their orders lost</translation>
    </message>
    <message>
        <source>close the quote at the end of the cell, or write the quote inside the text twice (&quot;&quot;), and import the file again</source>
        <translation>close the quote at the end of the cell, or write the quote inside the text twice (&quot;&quot;), and import the file again</translation>
    </message>
    <message>
        <source>cool packs and cool box</source>
        <translation>cool packs and cool box</translation>
    </message>
    <message>
        <source>noshi and gift wrapping</source>
        <translation>noshi and gift wrapping</translation>
    </message>
    <message>
        <source>enclosures put in the box</source>
        <translation>enclosures put in the box</translation>
    </message>
    <message>
        <source>Not complete yet: confirm {what} first (scan the code on the bench sheet or press its key).</source>
        <translation>Not complete yet: confirm {what} first (scan the code on the bench sheet or press its key).</translation>
    </message>
    <message>
        <source>Order {order_no} needs no confirmation of {what}: nothing was recorded.</source>
        <translation>Order {order_no} needs no confirmation of {what}: nothing was recorded.</translation>
    </message>
    <message>
        <source>Confirmed: {what}.</source>
        <translation>Confirmed: {what}.</translation>
    </message>
    <message>
        <source>No order is open: scan the order&apos;s pick list first, then confirm.</source>
        <translation>No order is open: scan the order&apos;s pick list first, then confirm.</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos; names no item: write it as &apos;condition: item&apos;, e.g. first_order: flyer.</source>
        <translation>Rule &apos;{rule}&apos; names no item: write it as &apos;condition: item&apos;, e.g. first_order: flyer.</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos;: &apos;{condition}&apos; is not a condition; use one of {conditions}.</source>
        <translation>Rule &apos;{rule}&apos;: &apos;{condition}&apos; is not a condition; use one of {conditions}.</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos;: channel and sku need a value (channel=Rakuten: flyer), the other conditions none.</source>
        <translation>Rule &apos;{rule}&apos;: channel and sku need a value (channel=Rakuten: flyer), the other conditions none.</translation>
    </message>
</context>
<context>
    <name>MisShipmentDialog</name>
    <message>
        <source>Report a mis-shipment</source>
        <translation>Report a mis-shipment</translation>
    </message>
    <message>
        <source>&amp;Order no.</source>
        <translation>&amp;Order no.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Scan the 納品書 or type the order no.</source>
        <translation>Scan the 納品書 or type the order no.</translation>
    </message>
    <message>
        <source>What the customer or carrier reported</source>
        <translation>What the customer or carrier reported</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>Time slot</source>
        <translation>Time slot</translation>
    </message>
    <message>
        <source>COD</source>
        <translation>COD</translation>
    </message>
    <message>
        <source>Cool</source>
        <translation>Cool</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>COD ¥%1</source>
        <translation>COD ¥%1</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Ship to</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <source>Search: order no., customer name or SKU (Ctrl+F)</source>
        <translation>Search: order no., customer name or SKU (Ctrl+F)</translation>
    </message>
    <message>
        <source>To do (open, packing, on hold)</source>
        <translation>To do (open, packing, on hold)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Open detail (Enter)</source>
        <translation>Open detail (Enter)</translation>
    </message>
    <message>
        <source>Import CSV… (Ctrl+I)</source>
        <translation>Import CSV… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Carrier CSV… (Ctrl+E)</source>
        <translation>Carrier CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Tracking numbers… (Ctrl+T)</source>
        <translation>Tracking numbers… (Ctrl+T)</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order(s)</numerusform>
            <numerusform>%n order(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Lead approval</source>
        <translation>Lead approval</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation>New quantity</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Lead&apos;s badge</source>
        <translation>Lead&apos;s badge</translation>
    </message>
    <message>
        <source>Lead&apos;s PIN</source>
        <translation>Lead&apos;s PIN</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Overrides</name>
    <message>
        <source>Ship short (items missing)</source>
        <translation>Ship short (items missing)</translation>
    </message>
    <message>
        <source>Change a line&apos;s quantity</source>
        <translation>Change a line&apos;s quantity</translation>
    </message>
    <message>
        <source>Skip the label check</source>
        <translation>Skip the label check</translation>
    </message>
    <message>
        <source>Out of stock (欠品)</source>
        <translation>Out of stock (欠品)</translation>
    </message>
    <message>
        <source>Damaged item</source>
        <translation>Damaged item</translation>
    </message>
    <message>
        <source>Customer&apos;s request</source>
        <translation>Customer&apos;s request</translation>
    </message>
    <message>
        <source>Order data is wrong</source>
        <translation>Order data is wrong</translation>
    </message>
    <message>
        <source>Other (write a comment)</source>
        <translation>Other (write a comment)</translation>
    </message>
</context>
<context>
    <name>PackColumns</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>PackerScreen</name>
    <message>
        <source>Use this box (F4)</source>
        <translation>Use this box (F4)</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Undo last (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Key count (F6)</source>
        <translation>Key count (F6)</translation>
    </message>
    <message>
        <source>Other box… (F7)</source>
        <translation>Other box… (F7)</translation>
    </message>
    <message>
        <source>Hold (F8)</source>
        <translation>Hold (F8)</translation>
    </message>
    <message>
        <source>Lead override (F9)</source>
        <translation>Lead override (F9)</translation>
    </message>
    <message>
        <source>Complete (F10)</source>
        <translation>Complete (F10)</translation>
    </message>
    <message>
        <source>Scan here</source>
        <translation>Scan here</translation>
    </message>
    <message>
        <source>Scan the pick list or 納品書 barcode</source>
        <translation>Scan the pick list or 納品書 barcode</translation>
    </message>
    <message>
        <source>Sound is not working on this PC: watch the colours</source>
        <translation>Sound is not working on this PC: watch the colours</translation>
    </message>
    <message>
        <source>In your hand</source>
        <translation>In your hand</translation>
    </message>
    <message>
        <source>This order needs</source>
        <translation>This order needs</translation>
    </message>
    <message>
        <source>Choosing the box and carrier…</source>
        <translation>Choosing the box and carrier…</translation>
    </message>
    <message>
        <source>⚠ Size or weight not registered for: %1. The box can&apos;t be chosen; ask the admin to register them.</source>
        <translation>⚠ Size or weight not registered for: %1. The box can&apos;t be chosen; ask the admin to register them.</translation>
    </message>
    <message>
        <source>⚠ No box or service fits: %1</source>
        <translation>⚠ No box or service fits: %1</translation>
    </message>
    <message>
        <source>Other box</source>
        <translation>Other box</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Why not the cheapest?</source>
        <translation>Why not the cheapest?</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>No order open</source>
        <translation>No order open</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>F8: put %1 on hold and open %2</source>
        <translation>F8: put %1 on hold and open %2</translation>
    </message>
    <message>
        <source>Next: scan the next item (%1 left)</source>
        <translation>Next: scan the next item (%1 left)</translation>
    </message>
    <message>
        <source>Next: confirm %1</source>
        <translation>Next: confirm %1</translation>
    </message>
    <message>
        <source>Next: complete the order (F10)</source>
        <translation>Next: complete the order (F10)</translation>
    </message>
    <message>
        <source>Next: scan the carrier label, or the next order</source>
        <translation>Next: scan the carrier label, or the next order</translation>
    </message>
    <message>
        <source>Next: scan the order barcode</source>
        <translation>Next: scan the order barcode</translation>
    </message>
    <message>
        <source>%1 for %2 NOT printed</source>
        <translation>%1 for %2 NOT printed</translation>
    </message>
    <message>
        <source>F1: retry   Shift+F1: cancel</source>
        <translation>F1: retry   Shift+F1: cancel</translation>
    </message>
    <message>
        <source>Label printed: stick it on and scan its barcode</source>
        <translation>Label printed: stick it on and scan its barcode</translation>
    </message>
    <message>
        <source>Label printed: stick it on, then scan the next order</source>
        <translation>Label printed: stick it on, then scan the next order</translation>
    </message>
    <message>
        <source>Key count</source>
        <translation>Key count</translation>
    </message>
    <message>
        <source>Scan the item</source>
        <translation>Scan the item</translation>
    </message>
    <message>
        <source>How many units?</source>
        <translation>How many units?</translation>
    </message>
    <message>
        <source>Switched to order %1</source>
        <translation>Switched to order %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>Reason for the hold</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>PrintFailures</name>
    <message>
        <source>No printer is set for this at this station: ask the admin.</source>
        <translation>No printer is set for this at this station: ask the admin.</translation>
    </message>
    <message>
        <source>Printer not found: ask the admin to check the printer setup.</source>
        <translation>Printer not found: ask the admin to check the printer setup.</translation>
    </message>
    <message>
        <source>The printer does not answer: check that it is on and connected.</source>
        <translation>The printer does not answer: check that it is on and connected.</translation>
    </message>
    <message>
        <source>The printer is not ready: check paper, ribbon and cover.</source>
        <translation>The printer is not ready: check paper, ribbon and cover.</translation>
    </message>
    <message>
        <source>Wrong paper in the printer: load the right stock.</source>
        <translation>Wrong paper in the printer: load the right stock.</translation>
    </message>
    <message>
        <source>This printer cannot print this document: ask the admin.</source>
        <translation>This printer cannot print this document: ask the admin.</translation>
    </message>
    <message>
        <source>The printer stopped in the middle: throw away any half-printed sheet, check the printer.</source>
        <translation>The printer stopped in the middle: throw away any half-printed sheet, check the printer.</translation>
    </message>
    <message>
        <source>Printing was cut off when the app stopped: check the printer before retrying.</source>
        <translation>Printing was cut off when the app stopped: check the printer before retrying.</translation>
    </message>
    <message>
        <source>Label held back:</source>
        <translation>Label held back:</translation>
    </message>
    <message>
        <source>The document could not be made: call the admin.</source>
        <translation>The document could not be made: call the admin.</translation>
    </message>
    <message>
        <source>Printing failed unexpectedly: call the admin.</source>
        <translation>Printing failed unexpectedly: call the admin.</translation>
    </message>
</context>
<context>
    <name>PrintKinds</name>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>納品書</source>
        <translation>納品書</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Retry print (F1)</source>
        <translation>Retry print (F1)</translation>
    </message>
    <message>
        <source>Cancel print (Shift+F1)</source>
        <translation>Cancel print (Shift+F1)</translation>
    </message>
    <message>
        <source>Print / reprint (Ctrl+P)</source>
        <translation>Print / reprint (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cancel print</source>
        <translation>Cancel print</translation>
    </message>
    <message>
        <source>Cancel the %1 of %2? Why (e.g. written by hand)?</source>
        <translation>Cancel the %1 of %2? Why (e.g. written by hand)?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print for %1:</source>
        <translation>Print for %1:</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>%1 for %2 was already printed. Why is a reprint needed?</source>
        <translation>%1 for %2 was already printed. Why is a reprint needed?</translation>
    </message>
    <message>
        <source>%1 for %2 NOT printed</source>
        <translation>%1 for %2 NOT printed</translation>
    </message>
    <message>
        <source>  (+%1 more waiting)</source>
        <translation>  (+%1 more waiting)</translation>
    </message>
    <message>
        <source>Printing: %1 for %2 on %3…</source>
        <translation>Printing: %1 for %2 on %3…</translation>
    </message>
</context>
<context>
    <name>PrintersDialog</name>
    <message>
        <source>Printers</source>
        <translation>Printers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Address / queue</source>
        <translation>Address / queue</translation>
    </message>
    <message>
        <source>Paper / label stock</source>
        <translation>Paper / label stock</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>ZPL: printer has a Kanji font</source>
        <translation>ZPL: printer has a Kanji font</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Label printer</translation>
    </message>
    <message>
        <source>納品書 printer</source>
        <translation>納品書 printer</translation>
    </message>
    <message>
        <source>Print label and 納品書 when an order completes</source>
        <translation>Print label and 納品書 when an order completes</translation>
    </message>
    <message>
        <source>This station: %1</source>
        <translation>This station: %1</translation>
    </message>
    <message>
        <source>New printer (Ctrl+N)</source>
        <translation>New printer (Ctrl+N)</translation>
    </message>
    <message>
        <source>Check (Ctrl+T)</source>
        <translation>Check (Ctrl+T)</translation>
    </message>
    <message>
        <source>Save printer (Ctrl+S)</source>
        <translation>Save printer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save station (Ctrl+Shift+S)</source>
        <translation>Save station (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.50:9100</source>
        <translation>e.g. 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>(not in use)</source>
        <translation>(not in use)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Station printers saved</source>
        <translation>Station printers saved</translation>
    </message>
    <message>
        <source>Save the printer first, then check it.</source>
        <translation>Save the printer first, then check it.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 is ready</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>this row has %1 cells, the header only %2</source>
        <translation>this row has %1 cells, the header only %2</translation>
    </message>
    <message>
        <source>quote cells that contain a comma</source>
        <translation>quote cells that contain a comma</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a prefecture</source>
        <translation>&apos;%1&apos; is not a prefecture</translation>
    </message>
    <message>
        <source>no prefecture</source>
        <translation>no prefecture</translation>
    </message>
    <message>
        <source>e.g. 北海道, 東京都, 大阪, Okinawa or a region such as 関東; &apos;全国(既定)&apos; or &apos;*&apos; for the default row</source>
        <translation>e.g. 北海道, 東京都, 大阪, Okinawa or a region such as 関東; &apos;全国(既定)&apos; or &apos;*&apos; for the default row</translation>
    </message>
    <message>
        <source>%1 is also in row %2</source>
        <translation>%1 is also in row %2</translation>
    </message>
    <message>
        <source>keep one row per prefecture or region</source>
        <translation>keep one row per prefecture or region</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in yen</source>
        <translation>&apos;%1&apos; is not an amount in yen</translation>
    </message>
    <message>
        <source>whole yen from 0 to %1, e.g. 1980 or 1,980</source>
        <translation>whole yen from 0 to %1, e.g. 1980 or 1,980</translation>
    </message>
    <message>
        <source>type the amount itself (no formula, no minus sign): %1</source>
        <translation>type the amount itself (no formula, no minus sign): %1</translation>
    </message>
    <message>
        <source>no price for %1 here nor in the default row</source>
        <translation>no price for %1 here nor in the default row</translation>
    </message>
    <message>
        <source>fill in this cell or the default row&apos;s</source>
        <translation>fill in this cell or the default row&apos;s</translation>
    </message>
    <message>
        <source>no row for %1 and no default row (全国(既定))</source>
        <translation>no row for %1 and no default row (全国(既定))</translation>
    </message>
    <message>
        <source>add a row for %1 or its region (%2), or a row &apos;全国(既定)&apos; with the price for every prefecture without a row</source>
        <translation>add a row for %1 or its region (%2), or a row &apos;全国(既定)&apos; with the price for every prefecture without a row</translation>
    </message>
    <message>
        <source>the first column must be the destination prefecture</source>
        <translation>the first column must be the destination prefecture</translation>
    </message>
    <message>
        <source>put the &apos;都道府県&apos; column first, then one column per size class</source>
        <translation>put the &apos;都道府県&apos; column first, then one column per size class</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size class of this service</source>
        <translation>&apos;%1&apos; is not a size class of this service</translation>
    </message>
    <message>
        <source>name each column after a size class: %1</source>
        <translation>name each column after a size class: %1</translation>
    </message>
    <message>
        <source>columns &apos;%1&apos; and &apos;%2&apos; are both size class %3</source>
        <translation>columns &apos;%1&apos; and &apos;%2&apos; are both size class %3</translation>
    </message>
    <message>
        <source>delete one of them</source>
        <translation>delete one of them</translation>
    </message>
    <message>
        <source>no column for size class %1</source>
        <translation>no column for size class %1</translation>
    </message>
    <message>
        <source>add a column &apos;%1&apos; with its prices</source>
        <translation>add a column &apos;%1&apos; with its prices</translation>
    </message>
    <message>
        <source>prices in a column without a size class in row 1</source>
        <translation>prices in a column without a size class in row 1</translation>
    </message>
    <message>
        <source>write the size class in row 1 or delete the column</source>
        <translation>write the size class in row 1 or delete the column</translation>
    </message>
    <message>
        <source>byte %1 at byte offset %2 is neither UTF-8 nor cp932 (Shift_JIS)</source>
        <translation>byte %1 at byte offset %2 is neither UTF-8 nor cp932 (Shift_JIS)</translation>
    </message>
    <message>
        <source>save the file as &apos;CSV UTF-8&apos; or as &apos;CSV (Shift_JIS)&apos; and import it again</source>
        <translation>save the file as &apos;CSV UTF-8&apos; or as &apos;CSV (Shift_JIS)&apos; and import it again</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>the file has no header row</translation>
    </message>
    <message>
        <source>the first row must name the columns</source>
        <translation>the first row must name the columns</translation>
    </message>
    <message>
        <source>not valid CSV: %1</source>
        <translation>not valid CSV: %1</translation>
    </message>
    <message>
        <source>check the quotes in this row</source>
        <translation>check the quotes in this row</translation>
    </message>
    <message>
        <source>%1 more problems not listed</source>
        <translation>%1 more problems not listed</translation>
    </message>
    <message>
        <source>fix the ones above and import again to see the rest</source>
        <translation>fix the ones above and import again to see the rest</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be written in cp932</source>
        <translation>&apos;%1&apos; cannot be written in cp932</translation>
    </message>
    <message>
        <source>export as UTF-8</source>
        <translation>export as UTF-8</translation>
    </message>
    <message>
        <source>%1 are not three sizes in millimetres</source>
        <translation>%1 are not three sizes in millimetres</translation>
    </message>
    <message>
        <source>three whole numbers from 1 to %1</source>
        <translation>three whole numbers from 1 to %1</translation>
    </message>
    <message>
        <source>the inside %1 is larger than the outside %2 on some side</source>
        <translation>the inside %1 is larger than the outside %2 on some side</translation>
    </message>
    <message>
        <source>the inside fits in the outside: check both, in millimetres</source>
        <translation>the inside fits in the outside: check both, in millimetres</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 is out of range</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>no carrier &apos;%1&apos;</source>
        <translation>no carrier &apos;%1&apos;</translation>
    </message>
    <message>
        <source>choose one of the carriers</source>
        <translation>choose one of the carriers</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>no carrier</translation>
    </message>
    <message>
        <source>choose the carrier</source>
        <translation>choose the carrier</translation>
    </message>
    <message>
        <source>a service needs at least one size class</source>
        <translation>a service needs at least one size class</translation>
    </message>
    <message>
        <source>add a size class</source>
        <translation>add a size class</translation>
    </message>
    <message>
        <source>a delivery time slot is empty, too long or given twice</source>
        <translation>a delivery time slot is empty, too long or given twice</translation>
    </message>
    <message>
        <source>list each slot once, e.g. 午前中, 14-16</source>
        <translation>list each slot once, e.g. 午前中, 14-16</translation>
    </message>
    <message>
        <source>size class &apos;%1&apos; is also in row %2</source>
        <translation>size class &apos;%1&apos; is also in row %2</translation>
    </message>
    <message>
        <source>give each size class its own name</source>
        <translation>give each size class its own name</translation>
    </message>
    <message>
        <source>%1 is not a positive limit</source>
        <translation>%1 is not a positive limit</translation>
    </message>
    <message>
        <source>a whole number from 1 to %1, or empty for no limit</source>
        <translation>a whole number from 1 to %1, or empty for no limit</translation>
    </message>
    <message>
        <source>%1 prices are not yen for a prefecture</source>
        <translation>%1 prices are not yen for a prefecture</translation>
    </message>
    <message>
        <source>import the rate table as CSV</source>
        <translation>import the rate table as CSV</translation>
    </message>
    <message>
        <source>the same as surcharge %1</source>
        <translation>the same as surcharge %1</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>unknown kind</translation>
    </message>
    <message>
        <source>use one of: %1</source>
        <translation>use one of: %1</translation>
    </message>
    <message>
        <source>%1 is not a price</source>
        <translation>%1 is not a price</translation>
    </message>
    <message>
        <source>whole yen from 0 to %1</source>
        <translation>whole yen from 0 to %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size class</source>
        <translation>&apos;%1&apos; is not a size class</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a prefecture code</source>
        <translation>&apos;%1&apos; is not a prefecture code</translation>
    </message>
    <message>
        <source>a JIS code from 1 to 47</source>
        <translation>a JIS code from 1 to 47</translation>
    </message>
    <message>
        <source>no upper amount for the COD band</source>
        <translation>no upper amount for the COD band</translation>
    </message>
    <message>
        <source>the largest amount it covers</source>
        <translation>the largest amount it covers</translation>
    </message>
    <message>
        <source>cool is ticked but no size class has a cool surcharge, so no cool parcel could go by it</source>
        <translation>cool is ticked but no size class has a cool surcharge, so no cool parcel could go by it</translation>
    </message>
    <message>
        <source>add the chilled/frozen surcharge of each class that takes cool parcels, or untick cool</source>
        <translation>add the chilled/frozen surcharge of each class that takes cool parcels, or untick cool</translation>
    </message>
    <message>
        <source>COD is ticked but there is no COD fee band</source>
        <translation>COD is ticked but there is no COD fee band</translation>
    </message>
    <message>
        <source>add the COD fee bands, or untick COD</source>
        <translation>add the COD fee bands, or untick COD</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>fill it in</source>
        <translation>fill it in</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>longer than %1 characters</translation>
    </message>
    <message>
        <source>shorten it</source>
        <translation>shorten it</translation>
    </message>
    <message>
        <source>&apos;%1&apos; starts with = + - @ or holds a control character</source>
        <translation>&apos;%1&apos; starts with = + - @ or holds a control character</translation>
    </message>
    <message>
        <source>start it with a letter or a digit (spreadsheets run such cells as formulas)</source>
        <translation>start it with a letter or a digit (spreadsheets run such cells as formulas)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid limit</source>
        <translation>&apos;%1&apos; is not a valid limit</translation>
    </message>
    <message>
        <source>a whole number of millimetres from 1 to %1, or empty for no limit</source>
        <translation>a whole number of millimetres from 1 to %1, or empty for no limit</translation>
    </message>
    <message>
        <source>a whole number of grams from 1 to %1, or empty for no limit</source>
        <translation>a whole number of grams from 1 to %1, or empty for no limit</translation>
    </message>
    <message>
        <source>type the number itself, not a formula: %1</source>
        <translation>type the number itself, not a formula: %1</translation>
    </message>
    <message>
        <source>e.g. 沖縄県, 北海道 or 47</source>
        <translation>e.g. 沖縄県, 北海道 or 47</translation>
    </message>
    <message>
        <source>fill in the amount in yen</source>
        <translation>fill in the amount in yen</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>measure it and type the whole number of %1: thin services need the real size</source>
        <translation>measure it and type the whole number of %1: thin services need the real size</translation>
    </message>
    <message>
        <source>a whole number of %1 from 1 to %2</source>
        <translation>a whole number of %1 from 1 to %2</translation>
    </message>
</context>
<context>
    <name>ProductColumns</name>
    <message>
        <source>⚠ missing</source>
        <translation>⚠ missing</translation>
    </message>
    <message>
        <source>Size / weight</source>
        <translation>Size / weight</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>L × W × H (mm)</source>
        <translation>L × W × H (mm)</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>Weight (g)</translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation>Fragile</translation>
    </message>
    <message>
        <source>This side up</source>
        <translation>This side up</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Only products missing size or weight</source>
        <translation>Only products missing size or weight</translation>
    </message>
    <message>
        <source>SKU or name (Ctrl+F)</source>
        <translation>SKU or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Length (mm)</source>
        <translation>Length (mm)</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>Width (mm)</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>Height (mm)</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>Weight (g)</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation>Fragile</translation>
    </message>
    <message>
        <source>This side up</source>
        <translation>This side up</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>%1 product(s) to measure</source>
        <translation>%1 product(s) to measure</translation>
    </message>
    <message>
        <source>%1 products, %2 missing size or weight</source>
        <translation>%1 products, %2 missing size or weight</translation>
    </message>
    <message>
        <source>%1 saved: %2 mm, %3 g.</source>
        <translation>%1 saved: %2 mm, %3 g.</translation>
    </message>
</context>
<context>
    <name>ProposalText</name>
    <message>
        <source>%1 size</source>
        <translation>%1 size</translation>
    </message>
    <message>
        <source>nationwide rate</source>
        <translation>nationwide rate</translation>
    </message>
    <message>
        <source>Use: %1 — ¥%2</source>
        <translation>Use: %1 — ¥%2</translation>
    </message>
    <message>
        <source>   or %1 — ¥%2 (+¥%3)</source>
        <translation>   or %1 — ¥%2 (+¥%3)</translation>
    </message>
    <message>
        <source>Why: box ¥%1 + shipping ¥%2 (%3) is the lowest total of every box and service that fits.</source>
        <translation>Why: box ¥%1 + shipping ¥%2 (%3) is the lowest total of every box and service that fits.</translation>
    </message>
    <message>
        <source>Why: %4 boxes ¥%1 + shipping ¥%2 (%3) is the lowest total; no single box does it for less.</source>
        <translation>Why: %4 boxes ¥%1 + shipping ¥%2 (%3) is the lowest total; no single box does it for less.</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Shift_JIS (cp932)</source>
        <translation>Shift_JIS (cp932)</translation>
    </message>
    <message>
        <source>Export CSV… (Ctrl+E)</source>
        <translation>Export CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Import CSV… (Ctrl+O)</source>
        <translation>Import CSV… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Rates in yen by destination. (Grey) = no price of its own: the default row&apos;s price applies.</source>
        <translation>Rates in yen by destination. (Grey) = no price of its own: the default row&apos;s price applies.</translation>
    </message>
    <message>
        <source>A rate CSV has a header row of size classes and one row per prefecture or region (関東, 南東北…). A refused file changes nothing; its problems are listed here by row and column.</source>
        <translation>A rate CSV has a header row of size classes and one row per prefecture or region (関東, 南東北…). A refused file changes nothing; its problems are listed here by row and column.</translation>
    </message>
    <message>
        <source>Sum of sides ≤ cm</source>
        <translation>Sum of sides ≤ cm</translation>
    </message>
    <message>
        <source>Longest side ≤ cm</source>
        <translation>Longest side ≤ cm</translation>
    </message>
    <message>
        <source>Thickness ≤ cm</source>
        <translation>Thickness ≤ cm</translation>
    </message>
    <message>
        <source>Weight ≤ kg</source>
        <translation>Weight ≤ kg</translation>
    </message>
    <message>
        <source>Default (all)</source>
        <translation>Default (all)</translation>
    </message>
    <message>
        <source>Export rates CSV</source>
        <translation>Export rates CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exported the rates of %1 to %2 (%3).</source>
        <translation>Exported the rates of %1 to %2 (%3).</translation>
    </message>
    <message>
        <source>Import rates CSV</source>
        <translation>Import rates CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>Rates of %1 replaced from %2 rows (%3): %4 prices, %5 changed.</source>
        <translation>Rates of %1 replaced from %2 rows (%3): %4 prices, %5 changed.</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these %1 problem(s) in %2 and import it again:</source>
        <translation>Nothing was changed. Fix these %1 problem(s) in %2 and import it again:</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Wrong item</source>
        <translation>Wrong item</translation>
    </message>
    <message>
        <source>Too many</source>
        <translation>Too many</translation>
    </message>
    <message>
        <source>Short at completion</source>
        <translation>Short at completion</translation>
    </message>
    <message>
        <source>Unknown barcode</source>
        <translation>Unknown barcode</translation>
    </message>
    <message>
        <source>Misread (check digit)</source>
        <translation>Misread (check digit)</translation>
    </message>
    <message>
        <source>Serial scanned twice</source>
        <translation>Serial scanned twice</translation>
    </message>
    <message>
        <source>Serial not scanned</source>
        <translation>Serial not scanned</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>No order open</source>
        <translation>No order open</translation>
    </message>
    <message>
        <source>Wrong carrier label</source>
        <translation>Wrong carrier label</translation>
    </message>
    <message>
        <source>Typed code refused</source>
        <translation>Typed code refused</translation>
    </message>
    <message>
        <source>Wrong item shipped</source>
        <translation>Wrong item shipped</translation>
    </message>
    <message>
        <source>Wrong quantity shipped</source>
        <translation>Wrong quantity shipped</translation>
    </message>
    <message>
        <source>Item or order not shipped</source>
        <translation>Item or order not shipped</translation>
    </message>
    <message>
        <source>Labels swapped (wrong address)</source>
        <translation>Labels swapped (wrong address)</translation>
    </message>
    <message>
        <source>Another customer&apos;s slip in the box</source>
        <translation>Another customer&apos;s slip in the box</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>Damaged in transit</translation>
    </message>
</context>
<context>
    <name>ReviewColumns</name>
    <message>
        <source>Stopped at the station</source>
        <translation>Stopped at the station</translation>
    </message>
    <message>
        <source>Time (JST)</source>
        <translation>Time (JST)</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>What was scanned</source>
        <translation>What was scanned</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Scanned instead</source>
        <translation>Scanned instead</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Orders packed</source>
        <translation>Orders packed</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Hours worked</translation>
    </message>
    <message>
        <source>Orders / hour</source>
        <translation>Orders / hour</translation>
    </message>
    <message>
        <source>Units / hour</source>
        <translation>Units / hour</translation>
    </message>
    <message>
        <source>Refused scans</source>
        <translation>Refused scans</translation>
    </message>
    <message>
        <source>Mis-shipments</source>
        <translation>Mis-shipments</translation>
    </message>
    <message>
        <source>Mis-ship rate (ppm)</source>
        <translation>Mis-ship rate (ppm)</translation>
    </message>
    <message>
        <source>Reported (JST)</source>
        <translation>Reported (JST)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Packed by</source>
        <translation>Packed by</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Every packer</source>
        <translation>Every packer</translation>
    </message>
    <message>
        <source>Packer (Ctrl+P)</source>
        <translation>Packer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>Every reason</translation>
    </message>
    <message>
        <source>SKU (Ctrl+F)</source>
        <translation>SKU (Ctrl+F)</translation>
    </message>
    <message>
        <source>A SKU or its beginning: TEE-RED finds every red tee</source>
        <translation>A SKU or its beginning: TEE-RED finds every red tee</translation>
    </message>
    <message>
        <source>Not reviewed only</source>
        <translation>Not reviewed only</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Mis-picks (Ctrl+1)</source>
        <translation>Mis-picks (Ctrl+1)</translation>
    </message>
    <message>
        <source>Productivity and mis-shipments (Ctrl+2)</source>
        <translation>Productivity and mis-shipments (Ctrl+2)</translation>
    </message>
    <message>
        <source>Look-alike pairs: expected → scanned instead</source>
        <translation>Look-alike pairs: expected → scanned instead</translation>
    </message>
    <message>
        <source>Refused scans per packer and hour (JST)</source>
        <translation>Refused scans per packer and hour (JST)</translation>
    </message>
    <message>
        <source>Comment for the selected records</source>
        <translation>Comment for the selected records</translation>
    </message>
    <message>
        <source>Mark reviewed (Ctrl+Enter)</source>
        <translation>Mark reviewed (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Export CSV… (Ctrl+E)</source>
        <translation>Export CSV… (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record(s)</numerusform>
            <numerusform>%n record(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reviewed</source>
        <translation>
            <numerusform>%n not reviewed</numerusform>
            <numerusform>%n not reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the newest %n are shown; the CSV export has all</source>
        <translation>
            <numerusform>only the newest %n are shown; the CSV export has all</numerusform>
            <numerusform>only the newest %n are shown; the CSV export has all</numerusform>
        </translation>
    </message>
    <message>
        <source>this station&apos;s scans only: every station&apos;s are on the admin PC (central database)</source>
        <translation>this station&apos;s scans only: every station&apos;s are on the admin PC (central database)</translation>
    </message>
    <message>
        <source>Select the records first (Shift/Ctrl + arrows).</source>
        <translation>Select the records first (Shift/Ctrl + arrows).</translation>
    </message>
    <message>
        <source>Export mis-picks as CSV</source>
        <translation>Export mis-picks as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1</source>
        <translation>
            <numerusform>%n record(s) written to %1</numerusform>
            <numerusform>%n record(s) written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cp932 cannot hold were replaced</source>
        <translation>
            <numerusform>%n character(s) cp932 cannot hold were replaced</numerusform>
            <numerusform>%n character(s) cp932 cannot hold were replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScaleSettingsDialog</name>
    <message>
        <source>Scale settings</source>
        <translation>Scale settings</translation>
    </message>
    <message>
        <source>No scale</source>
        <translation>No scale</translation>
    </message>
    <message>
        <source>Serial scale (MT-SICS)</source>
        <translation>Serial scale (MT-SICS)</translation>
    </message>
    <message>
        <source>USB scale (HID)</source>
        <translation>USB scale (HID)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Port (USB scale: empty = the first found)</source>
        <translation>Port (USB scale: empty = the first found)</translation>
    </message>
    <message>
        <source>Speed (baud)</source>
        <translation>Speed (baud)</translation>
    </message>
    <message>
        <source>Tolerance: percent of the expected weight</source>
        <translation>Tolerance: percent of the expected weight</translation>
    </message>
    <message>
        <source>Tolerance: at least</source>
        <translation>Tolerance: at least</translation>
    </message>
    <message>
        <source>Test the scale</source>
        <translation>Test the scale</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reading the scale…</source>
        <translation>Reading the scale…</translation>
    </message>
    <message>
        <source>The scale answers: %1 g</source>
        <translation>The scale answers: %1 g</translation>
    </message>
</context>
<context>
    <name>ServiceColumns</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>Service code</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Service name</translation>
    </message>
    <message>
        <source>Delivery time slots</source>
        <translation>Delivery time slots</translation>
    </message>
    <message>
        <source>Size classes (limits; empty = no limit)</source>
        <translation>Size classes (limits; empty = no limit)</translation>
    </message>
    <message>
        <source>Surcharges</source>
        <translation>Surcharges</translation>
    </message>
    <message>
        <source>e.g. 午前中, 14-16, 16-18, 18-20, 19-21</source>
        <translation>e.g. 午前中, 14-16, 16-18, 18-20, 19-21</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Add class</translation>
    </message>
    <message>
        <source>Remove class</source>
        <translation>Remove class</translation>
    </message>
    <message>
        <source>Add surcharge</source>
        <translation>Add surcharge</translation>
    </message>
    <message>
        <source>Remove surcharge</source>
        <translation>Remove surcharge</translation>
    </message>
    <message>
        <source>New service (Ctrl+N)</source>
        <translation>New service (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Thin (letterbox) service</source>
        <translation>Thin (letterbox) service</translation>
    </message>
    <message>
        <source>Envelopes only</source>
        <translation>Envelopes only</translation>
    </message>
    <message>
        <source>Cool (クール) parcels</source>
        <translation>Cool (クール) parcels</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Cash on delivery</translation>
    </message>
    <message>
        <source>Delivery date can be chosen</source>
        <translation>Delivery date can be chosen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Sum of sides ≤ mm</source>
        <translation>Sum of sides ≤ mm</translation>
    </message>
    <message>
        <source>Longest side ≤ mm</source>
        <translation>Longest side ≤ mm</translation>
    </message>
    <message>
        <source>Thickness ≤ mm</source>
        <translation>Thickness ≤ mm</translation>
    </message>
    <message>
        <source>Weight ≤ g</source>
        <translation>Weight ≤ g</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size class / prefecture</source>
        <translation>Size class / prefecture</translation>
    </message>
    <message>
        <source>COD amount up to ¥</source>
        <translation>COD amount up to ¥</translation>
    </message>
    <message>
        <source>Fee ¥</source>
        <translation>Fee ¥</translation>
    </message>
    <message>
        <source>Size classes</source>
        <translation>Size classes</translation>
    </message>
    <message>
        <source>⚠ No prices yet for size class %1: it is never proposed until its rates are imported (Rate tables, Alt+4).</source>
        <translation>⚠ No prices yet for size class %1: it is never proposed until its rates are imported (Rate tables, Alt+4).</translation>
    </message>
    <message>
        <source>Service %1 added.</source>
        <translation>Service %1 added.</translation>
    </message>
    <message>
        <source>Service %1 saved.</source>
        <translation>Service %1 saved.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <source>Lock the station after idle minutes</source>
        <translation>Lock the station after idle minutes</translation>
    </message>
    <message>
        <source>Wrong PINs before a user is locked</source>
        <translation>Wrong PINs before a user is locked</translation>
    </message>
    <message>
        <source>Minutes a locked user waits</source>
        <translation>Minutes a locked user waits</translation>
    </message>
    <message>
        <source>Allow hand-typed item codes</source>
        <translation>Allow hand-typed item codes</translation>
    </message>
    <message>
        <source>Character the scanner sends for GS (FNC1)</source>
        <translation>Character the scanner sends for GS (FNC1)</translation>
    </message>
    <message>
        <source>Sound volume (%)</source>
        <translation>Sound volume (%)</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>Mute sounds</translation>
    </message>
    <message>
        <source>Station language</source>
        <translation>Station language</translation>
    </message>
    <message>
        <source>Days customer addresses are kept after shipping</source>
        <translation>Days customer addresses are kept after shipping</translation>
    </message>
    <message>
        <source>Camera for scanning (number or device)</source>
        <translation>Camera for scanning (number or device)</translation>
    </message>
    <message>
        <source>Record an evidence video of each order&apos;s packing</source>
        <translation>Record an evidence video of each order&apos;s packing</translation>
    </message>
    <message>
        <source>Days evidence videos are kept</source>
        <translation>Days evidence videos are kept</translation>
    </message>
    <message>
        <source>Enclosures by rule (condition: item; …)</source>
        <translation>Enclosures by rule (condition: item; …)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Packing</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>SurchargeKinds</name>
    <message>
        <source>Cool (chilled)</source>
        <translation>Cool (chilled)</translation>
    </message>
    <message>
        <source>Cool (frozen)</source>
        <translation>Cool (frozen)</translation>
    </message>
    <message>
        <source>COD fee</source>
        <translation>COD fee</translation>
    </message>
    <message>
        <source>Island relay fee</source>
        <translation>Island relay fee</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>unsent: %1</source>
        <translation>unsent: %1</translation>
    </message>
    <message>
        <source>⚠ Sync stalled: call the lead</source>
        <translation>⚠ Sync stalled: call the lead</translation>
    </message>
    <message>
        <source>● Offline: packing goes on</source>
        <translation>● Offline: packing goes on</translation>
    </message>
    <message>
        <source>● Server connected</source>
        <translation>● Server connected</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>last sync: %1</translation>
    </message>
    <message>
        <source>moved to another station: %1</source>
        <translation>moved to another station: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s ago</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
</context>
<context>
    <name>TrackingImportDialog</name>
    <message>
        <source>Import tracking numbers</source>
        <translation>Import tracking numbers</translation>
    </message>
    <message>
        <source>Issued-data CSV</source>
        <translation>Issued-data CSV</translation>
    </message>
    <message>
        <source>Check and import (Enter)</source>
        <translation>Check and import (Enter)</translation>
    </message>
    <message>
        <source>The CSV the carrier software exports after printing the labels</source>
        <translation>The CSV the carrier software exports after printing the labels</translation>
    </message>
    <message>
        <source>Choose the issued-data CSV</source>
        <translation>Choose the issued-data CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file first.</source>
        <translation>Choose the CSV file first.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>%1 orders shipped with their tracking numbers; %2 already had them.</source>
        <translation>%1 orders shipped with their tracking numbers; %2 already had them.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. Fix these %n problem(s) and import again:</source>
        <translation>
            <numerusform>Nothing was imported. Fix these %n problem(s) and import again:</numerusform>
            <numerusform>Nothing was imported. Fix these %n problem(s) and import again:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Order opened: scan the items</source>
        <translation>Order opened: scan the items</translation>
    </message>
    <message>
        <source>Unknown order number</source>
        <translation>Unknown order number</translation>
    </message>
    <message>
        <source>Already packed: do not ship it again</source>
        <translation>Already packed: do not ship it again</translation>
    </message>
    <message>
        <source>Another station is packing this order</source>
        <translation>Another station is packing this order</translation>
    </message>
    <message>
        <source>Server unreachable: only orders already at this station can be opened</source>
        <translation>Server unreachable: only orders already at this station can be opened</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WRONG ITEM: not on this order. Put it back.</source>
        <translation>WRONG ITEM: not on this order. Put it back.</translation>
    </message>
    <message>
        <source>Unknown barcode: no product has it</source>
        <translation>Unknown barcode: no product has it</translation>
    </message>
    <message>
        <source>Misread barcode: scan it again</source>
        <translation>Misread barcode: scan it again</translation>
    </message>
    <message>
        <source>TOO MANY: this line is already complete</source>
        <translation>TOO MANY: this line is already complete</translation>
    </message>
    <message>
        <source>Serial number already scanned</source>
        <translation>Serial number already scanned</translation>
    </message>
    <message>
        <source>Scan the serial number barcode</source>
        <translation>Scan the serial number barcode</translation>
    </message>
    <message>
        <source>Scan the barcode: typing is not allowed</source>
        <translation>Scan the barcode: typing is not allowed</translation>
    </message>
    <message>
        <source>EXPIRED: do not ship this unit</source>
        <translation>EXPIRED: do not ship this unit</translation>
    </message>
    <message>
        <source>Scan the order barcode first</source>
        <translation>Scan the order barcode first</translation>
    </message>
    <message>
        <source>Order complete: pack and close the box</source>
        <translation>Order complete: pack and close the box</translation>
    </message>
    <message>
        <source>Items missing: the order cannot be completed</source>
        <translation>Items missing: the order cannot be completed</translation>
    </message>
    <message>
        <source>Label OK: next order</source>
        <translation>Label OK: next order</translation>
    </message>
    <message>
        <source>WRONG LABEL: this label is another order&apos;s</source>
        <translation>WRONG LABEL: this label is another order&apos;s</translation>
    </message>
    <message>
        <source>Last scan undone: take the unit out</source>
        <translation>Last scan undone: take the unit out</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <source>Order put on hold</source>
        <translation>Order put on hold</translation>
    </message>
    <message>
        <source>Approved by the lead</source>
        <translation>Approved by the lead</translation>
    </message>
    <message>
        <source>This order is already open: scan its items</source>
        <translation>This order is already open: scan its items</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>This order needs no such confirmation</source>
        <translation>This order needs no such confirmation</translation>
    </message>
    <message>
        <source>Not complete yet: confirm the handling first</source>
        <translation>Not complete yet: confirm the handling first</translation>
    </message>
    <message>
        <source>Another order&apos;s pick list: F8 holds this order and opens that one</source>
        <translation>Another order&apos;s pick list: F8 holds this order and opens that one</translation>
    </message>
    <message>
        <source>OK: %1  (%2 left on the order)</source>
        <translation>OK: %1  (%2 left on the order)</translation>
    </message>
    <message>
        <source>Order %1 scanned.
F8: put %2 on hold and open %1</source>
        <translation>Order %1 scanned.
F8: put %2 on hold and open %1</translation>
    </message>
    <message>
        <source>In your hand: %1</source>
        <translation>In your hand: %1</translation>
    </message>
</context>
<context>
    <name>WeighPanel</name>
    <message>
        <source>Weigh (F5)</source>
        <translation>Weigh (F5)</translation>
    </message>
    <message>
        <source>The weight is wrong: check the box and weigh again (F5), or ask the lead (F9)</source>
        <translation>The weight is wrong: check the box and weigh again (F5), or ask the lead (F9)</translation>
    </message>
    <message>
        <source>Next: put the box on the scale and press F5</source>
        <translation>Next: put the box on the scale and press F5</translation>
    </message>
    <message>
        <source>Next: check the box contents and weigh again (F5), or ask the lead (F9)</source>
        <translation>Next: check the box contents and weigh again (F5), or ask the lead (F9)</translation>
    </message>
    <message>
        <source>Complete the order first, then weigh its box</source>
        <translation>Complete the order first, then weigh its box</translation>
    </message>
    <message>
        <source>Reading the scale…</source>
        <translation>Reading the scale…</translation>
    </message>
    <message>
        <source>Only an admin may set up the scale</source>
        <translation>Only an admin may set up the scale</translation>
    </message>
    <message>
        <source>No scale is set up at this station (admin: Shift+F5)</source>
        <translation>No scale is set up at this station (admin: Shift+F5)</translation>
    </message>
    <message>
        <source>The box is weighed when the order is complete</source>
        <translation>The box is weighed when the order is complete</translation>
    </message>
    <message>
        <source>Put the closed box on the scale and press F5</source>
        <translation>Put the closed box on the scale and press F5</translation>
    </message>
</context>
<context>
    <name>Weighing</name>
    <message>
        <source>Too light: expected %1 g ± %2 g / measured %3 g</source>
        <translation>Too light: expected %1 g ± %2 g / measured %3 g</translation>
    </message>
    <message>
        <source>Too heavy: expected %1 g ± %2 g / measured %3 g</source>
        <translation>Too heavy: expected %1 g ± %2 g / measured %3 g</translation>
    </message>
    <message>
        <source>Weight OK: %3 g (expected %1 g ± %2 g)</source>
        <translation>Weight OK: %3 g (expected %1 g ± %2 g)</translation>
    </message>
    <message>
        <source>Approved by the lead: shipped at the measured %3 g</source>
        <translation>Approved by the lead: shipped at the measured %3 g</translation>
    </message>
    <message>
        <source>Weighed %1 g; not checked: no registered weight for %2</source>
        <translation>Weighed %1 g; not checked: no registered weight for %2</translation>
    </message>
    <message>
        <source>Weigh the box first (F5)</source>
        <translation>Weigh the box first (F5)</translation>
    </message>
    <message>
        <source>Expected %1 g ± %2 g (box %3)</source>
        <translation>Expected %1 g ± %2 g (box %3)</translation>
    </message>
    <message>
        <source>The weight changes the carrier class: %1 → %2 (%3 yen)</source>
        <translation>The weight changes the carrier class: %1 → %2 (%3 yen)</translation>
    </message>
    <message>
        <source>No carrier service takes this box at this weight (was %1): call the lead</source>
        <translation>No carrier service takes this box at this weight (was %1): call the lead</translation>
    </message>
    <message>
        <source>The scale is not connected (%1): plug it in, or set its port (admin: Shift+F5)</source>
        <translation>The scale is not connected (%1): plug it in, or set its port (admin: Shift+F5)</translation>
    </message>
    <message>
        <source>No answer from the scale (%1): check the cable, that it is on, and its speed (baud)</source>
        <translation>No answer from the scale (%1): check the cable, that it is on, and its speed (baud)</translation>
    </message>
    <message>
        <source>The weight does not settle: keep the box still and press F5 again</source>
        <translation>The weight does not settle: keep the box still and press F5 again</translation>
    </message>
    <message>
        <source>Over the scale&apos;s range: use a bigger scale</source>
        <translation>Over the scale&apos;s range: use a bigger scale</translation>
    </message>
    <message>
        <source>The scale reads below zero: empty it, zero it and weigh again</source>
        <translation>The scale reads below zero: empty it, zero it and weigh again</translation>
    </message>
    <message>
        <source>This PC may not read the scale (%1): ask the admin</source>
        <translation>This PC may not read the scale (%1): ask the admin</translation>
    </message>
    <message>
        <source>No scale is set up at this station (admin: Shift+F5)</source>
        <translation>No scale is set up at this station (admin: Shift+F5)</translation>
    </message>
    <message>
        <source>The scale reports an error: %1</source>
        <translation>The scale reports an error: %1</translation>
    </message>
</context>
<context>
    <name>WeightOverride</name>
    <message>
        <source>Registered product weight is wrong</source>
        <translation>Registered product weight is wrong</translation>
    </message>
    <message>
        <source>Extra packing material (cushioning, ice packs)</source>
        <translation>Extra packing material (cushioning, ice packs)</translation>
    </message>
    <message>
        <source>The item&apos;s weight varies</source>
        <translation>The item&apos;s weight varies</translation>
    </message>
    <message>
        <source>Other (write a comment)</source>
        <translation>Other (write a comment)</translation>
    </message>
</context>
<context>
    <name>WeightOverrideDialog</name>
    <message>
        <source>Ship at the measured weight</source>
        <translation>Ship at the measured weight</translation>
    </message>
    <message>
        <source>Lead approval: weight</source>
        <translation>Lead approval: weight</translation>
    </message>
</context>
<context>
    <name>_CarrierForm</name>
    <message>
        <source>Yamato B2 Cloud</source>
        <translation>Yamato B2 Cloud</translation>
    </message>
    <message>
        <source>Sagawa e-Hiden</source>
        <translation>Sagawa e-Hiden</translation>
    </message>
    <message>
        <source>Japan Post Yu-Pri R</source>
        <translation>Japan Post Yu-Pri R</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>%1 orders…</source>
        <translation>%1 orders…</translation>
    </message>
</context>
</TS>
