/** The company's screens, one lazy chunk (routes.tsx): a coordinator or a manager never downloads them. */
import './company.css';

export { EquipmentPage } from './EquipmentPage';
export { NeedEditor } from './NeedEditor';
export { NeedPage } from './NeedPage';
export { NeedsList } from './NeedsList';
export { UseRequestPage } from './UseRequestPage';
