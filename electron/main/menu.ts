// The application menu, in Vietnamese. Commands that belong to the page are sent to the renderer,
// which handles the same commands from its own keyboard shortcuts.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

export type MenuCommand = 'meeting:new' | 'meeting:import' | 'meeting:export' | 'find' | 'settings';

export function menuTemplate(send: (command: MenuCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const, label: 'Biên Bản' }] : []),
    {
      label: 'Tệp',
      submenu: [
        { label: 'Cuộc họp mới', accelerator: 'CmdOrCtrl+N', click: () => send('meeting:new') },
        { type: 'separator' },
        { label: 'Nhập cuộc họp…', click: () => send('meeting:import') },
        { label: 'Xuất cuộc họp…', click: () => send('meeting:export') },
        { type: 'separator' },
        { label: 'Thông tin cơ quan…', click: () => send('settings') },
        { type: 'separator' },
        isMac ? { role: 'close', label: 'Đóng cửa sổ' } : { role: 'quit', label: 'Thoát' },
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
        { type: 'separator' },
        { label: 'Tìm cuộc họp', accelerator: 'CmdOrCtrl+F', click: () => send('find') },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { role: 'resetZoom', label: 'Cỡ gốc' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
      ],
    },
    { role: 'windowMenu', label: 'Cửa sổ' },
  ];
}

export function installMenu(window: BrowserWindow) {
  const send = (command: MenuCommand) => window.webContents.send('bien-ban:menu', command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send, process.platform === 'darwin')));
}
